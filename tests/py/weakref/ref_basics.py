# weakref.ref: calling, sharing, callbacks, repr shape, count and list.
import weakref
class Node:
    pass
n = Node()
r = weakref.ref(n)
print(r() is n, weakref.ref(n) is r, type(r).__name__, weakref.ref is weakref.ReferenceType)
print(r.__callback__)
def cb(w):
    print("callback", w is r2, w() is None)
r2 = weakref.ref(n, cb)
print(r2 is r, r2.__callback__ is cb)
print(weakref.getweakrefcount(n), weakref.getweakrefs(n)[0] is r)
print(repr(r).startswith("<weakref at 0x"), "; to 'Node' at 0x" in repr(r))
del n
print(r(), r2())
print(repr(r).endswith("; dead>"))
print(weakref.getweakrefcount(1))
