# sys.getsizeof of dicts: CPython 3.11's split/combined tables and growth.
import sys

print(sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}))
d = {}
s = []
for i in range(100):
    d['k%d' % i] = i
    s.append(sys.getsizeof(d))
print(s)
d = {}
s = []
for i in range(100):
    d[i] = i
    s.append(sys.getsizeof(d))
print(s)
d = {}
s = []
for i in range(40):
    d[(i, i)] = i
    s.append(sys.getsizeof(d))
print(s)
d = {i: i for i in range(50)}
s = []
for i in range(50):
    del d[i]
    s.append(sys.getsizeof(d))
print(s)
d = {'k%d' % i: i for i in range(30)}
for i in range(25):
    del d['k%d' % i]
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
e = {i: i for i in range(10)}
print(sys.getsizeof(e), sys.getsizeof(e.copy()), sys.getsizeof(dict(e)), sys.getsizeof({**e}))
e.clear()
print(sys.getsizeof(e))
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(dict.fromkeys(range(7))))
print([sys.getsizeof(dict.fromkeys(range(n))) for n in range(0, 30, 2)])
