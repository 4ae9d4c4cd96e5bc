# sys.getsizeof of lists follows CPython's layout and growth pattern.
import sys

print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]))
a = []
seen = []
for i in range(100):
    a.append(i)
    seen.append(sys.getsizeof(a))
print(seen)
b = []
grown = []
for i in range(20):
    b.extend(range(i))
    grown.append(sys.getsizeof(b))
print(grown)
c = []
ins = []
for i in range(40):
    c.insert(0, i)
    ins.append(sys.getsizeof(c))
print(ins)
print([sys.getsizeof([j for j in range(n)]) for n in range(0, 40, 3)])
print([sys.getsizeof([0] * n) for n in range(0, 20)])
print([sys.getsizeof([1, 2] * n) for n in range(0, 10)])
print([sys.getsizeof(list(range(n))) for n in range(0, 20)])
d = list(range(50))
shrink = []
while d:
    d.pop()
    shrink.append(sys.getsizeof(d))
print(shrink)
e = [1, 2, 3]
e += [4, 5]
print(sys.getsizeof(e), sys.getsizeof(e[:]), sys.getsizeof(e.copy()), sys.getsizeof(e + e))
e.clear()
print(sys.getsizeof(e))
f = [1, 2, 3]
f *= 5
print(sys.getsizeof(f))
print(sys.getsizeof(sorted(range(10))), sys.getsizeof(list('abcdefg')))
