# A set holds one reference to each key.
import sys
key = 'some key ' + str(12345)
print(sys.getrefcount(key))
s = {key}
print(sys.getrefcount(key))
s.add(key)
print(sys.getrefcount(key))
f = frozenset(s)
print(sys.getrefcount(key))
del s
print(sys.getrefcount(key))
f = None
print(sys.getrefcount(key))
t = set()
print(sys.getrefcount(t))
