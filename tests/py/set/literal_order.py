# Sets iterate in hash-table order, the same as CPython's.
print({'b', 'a', 'c'})
print({3, 1, 2})
print({8, 16, 0, 1, 24, 3})
print({(1, 2), (2, 1), ('a',)})
print({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'})
print({-1, -2, 100, 1000, 10 ** 20})
print({1.5, 2.5, 0.5})
print({True, 'x', 3})
