# More sizes: containers built from other containers, instance dicts.
import sys

class P:
    pass

p = P()
for i in range(10):
    setattr(p, 'a%d' % i, i)
print(sys.getsizeof(p))
print(sys.getsizeof(list((1, 2, 3))), sys.getsizeof(list({1: 2, 3: 4})), sys.getsizeof(list(range(7))))
print(sys.getsizeof(tuple([1, 2])), sys.getsizeof(tuple('abc')))
s = set()
s.update(range(10))
print(sys.getsizeof(s), sys.getsizeof(s | {100}), sys.getsizeof(s & {1}), sys.getsizeof(s - {1}))
print(sys.getsizeof(frozenset(s)), sys.getsizeof(set('hello world')))
l = [None] * 5
l.append(1)
print(sys.getsizeof(l))
d = dict(zip('abcdefgh', range(8)))
print(sys.getsizeof(d), sys.getsizeof(dict(d)), sys.getsizeof(dict(d.items())))
d.update({'z': 1})
print(sys.getsizeof(d))
print(sys.getsizeof(dict([(1, 2), (3, 4)])), sys.getsizeof({1: 2, 3: 4}))
l = list(range(10))
del l[2:8]
print(sys.getsizeof(l))
l[1:1] = range(20)
print(sys.getsizeof(l))
