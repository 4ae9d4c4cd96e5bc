# Sizes as CPython 3.11 reports them (the small table lives in the object).
import sys
s = set()
sizes = []
for i in range(60):
    sizes.append(sys.getsizeof(s))
    s.add(i)
print(sizes)
print([sys.getsizeof(set(range(n))) for n in (0, 5, 6, 19, 20, 100, 1000)])
print([sys.getsizeof(frozenset(range(n))) for n in (0, 5, 20, 100)])
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set('abcdefgh')))
print(set().__sizeof__(), frozenset(range(10)).__sizeof__())
s.clear()
print(sys.getsizeof(s))
