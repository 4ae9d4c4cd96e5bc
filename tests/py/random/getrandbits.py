# getrandbits for small, word-sized and multi-word widths.
import random
random.seed(2024)
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 65, 100, 200)])
try:
    random.getrandbits(-1)
except ValueError as e:
    print(e)
