# Comparisons are subset tests.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < b, b <= b, b > a, b >= a)
print(a == frozenset([1, 2]), frozenset([1, 2]) == a, a != frozenset([2, 1]))
print({1} < {2}, {1} > {2}, {1} == {2})
print(a.issubset(b), a.issubset([1, 2, 5]), a.issuperset([1]), a.issuperset(b))
print(a.isdisjoint({3}), a.isdisjoint([2]), a.isdisjoint(a), set().isdisjoint(set()))
print(a == [1, 2], a != [1, 2], a == {1: 0, 2: 0})
try:
    a < [1, 2, 3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.issubset(3)
except TypeError as e:
    print(type(e).__name__, e)
