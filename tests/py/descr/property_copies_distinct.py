# getter/setter/deleter return copies; the original property is unchanged.
def g(self):
    return 1

def s(self, v):
    pass

def d(self):
    pass

p = property(g)
q = p.setter(s)
r = q.deleter(d)
print(p is q, q is r)
print(p.fset, p.fdel)
print(q.fget is g, q.fset is s, q.fdel)
print(r.fget is g, r.fset is s, r.fdel is d)
# None keeps the old function.
k = r.getter(None)
print(k.fget is g, k.fset is s, k.fdel is d)
print(type(r.setter(None).fset).__name__)
