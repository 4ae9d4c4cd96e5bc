# Each container slot holding the object adds one reference.
import sys
x = []
holder = [x, x]
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))
holder.pop()
print(sys.getrefcount(x))
del t, d
holder.clear()
print(sys.getrefcount(x))
print(sys.getrefcount(holder))
