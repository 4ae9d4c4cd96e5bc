# frozenset hashes are CPython's, independent of insertion order.
print(hash(frozenset()))
print(hash(frozenset([1, 2, 3])))
print(hash(frozenset(['a', 'b'])))
print(hash(frozenset('xyz')))
print(hash(frozenset([(1, 2), 3])))
print(hash(frozenset([frozenset([1])])))
print(hash(frozenset(range(100))))
print(hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
s = set(range(10))
for i in range(0, 10, 2):
    s.discard(i)
print(hash(frozenset(s)), hash(frozenset([1, 3, 5, 7, 9])))
