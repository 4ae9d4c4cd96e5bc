# random.seed(n) then random() gives CPython's Mersenne Twister sequence.
import random
for s in [0, 1, 42, 12345, 2**32 - 1, 2**32, 2**64 + 7, 10**40]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)])
