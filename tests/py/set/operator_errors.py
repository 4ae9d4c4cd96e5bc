# The operators only combine sets; the methods take any iterable.
a = {1, 2}
b = [2, 3]
try:
    a | b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a & b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a ^ b
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] - {1}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2}.union([2, 3]), {1, 2}.difference([2, 3]))
