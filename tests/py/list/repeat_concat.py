# list * int and list + list.
print([1, 2] * 3, [0] * 0, [1] * -1, 2 * ["a"], [1] + [2, 3], [] + [])
a = [1]
a *= 3
print(a)
a += (4, 5)
print(a)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
