# Seeds of other types are refused.
import random
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
