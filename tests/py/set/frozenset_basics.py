# frozenset is immutable: no add, no in-place methods.
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, sorted(f))
for name in ('add', 'remove', 'discard', 'pop', 'clear', 'update'):
    print(name, hasattr(f, name), hasattr(set(), name))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset() == set(), frozenset([1]) != {1})
print({frozenset('ab'), frozenset('ba')})
