# sys.getsizeof of tuples and sets.
import sys

print([sys.getsizeof(tuple(range(n))) for n in range(0, 12)])
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof((1, 2) + (3,)), sys.getsizeof((1,) * 7), sys.getsizeof(tuple([1, 2, 3, 4])))
print(sys.getsizeof(set()), sys.getsizeof({1}), sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(10))))
s = set()
g = []
for i in range(100):
    s.add(i)
    g.append(sys.getsizeof(s))
print(g)
s = set()
g = []
for i in range(60):
    s.add('s%d' % i)
    g.append(sys.getsizeof(s))
print(g)
print([sys.getsizeof(set(range(n))) for n in range(0, 40, 3)])
print([sys.getsizeof({j for j in range(n)}) for n in range(0, 40, 3)])
t = set(range(30))
for i in range(25):
    t.discard(i)
print(sys.getsizeof(t), sys.getsizeof(t.copy()))
t.clear()
print(sys.getsizeof(t))
