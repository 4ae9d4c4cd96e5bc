# Callbacks run most recent first, when the referent dies by refcount.
import weakref
class Node:
    pass
n = Node()
refs = []
for i in range(4):
    refs.append(weakref.ref(n, lambda w, i=i: print("callback", i)))
p = weakref.proxy(n, lambda w: print("proxy callback"))
print("deleting")
del n
print("deleted")
