# union and intersection take any number of iterables.
a = {1, 2, 3, 4}
print(a.union(), a.union([5]), a.union([5], (6, 7), 'x'))
print(a.intersection(), a.intersection([2, 3, 9]), a.intersection([2, 3], {3, 2, 1}))
print(a.intersection(range(100)))
print(a.intersection([]))
it = iter([1, 2, 3, 4, 5, 6])
print(a.intersection(it), list(it))
f = frozenset('abc')
print(f.union('cd'), f.intersection('bcd'))
try:
    a.union(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.intersection([[1]])
except TypeError as e:
    print(type(e).__name__, e)
