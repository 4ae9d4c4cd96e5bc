# difference and symmetric_difference as methods.
a = set(range(10))
print(a.difference(), a.difference([1, 2]), a.difference([1], {2}, (3,)))
print(a.difference({}), a.difference({5: 'x'}))
print(a.symmetric_difference([8, 9, 10, 11]))
print(a.symmetric_difference({8: 0, 20: 0}))
print(frozenset('abc').difference('b'), frozenset('abc').symmetric_difference('cd'))
big = set(range(100))
print(big.difference({1, 2}) == set(range(3, 100)) | {0})
small = {3, 4}
print(small.difference(big), small.difference(set(range(2, 200))))
try:
    a.symmetric_difference()
except TypeError as e:
    print(type(e).__name__, e)
