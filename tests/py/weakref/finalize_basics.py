# weakref.finalize runs once: when the object dies, or when called.
import weakref
class Obj:
    pass
def done(*args, **kwargs):
    print("finalized", args, kwargs)
    return "result"
a = Obj()
f = weakref.finalize(a, done, 1, 2, key="v")
print(f.alive)
del a
print(f.alive)
b = Obj()
g = weakref.finalize(b, done, "b")
print(g(), g.alive, g())
h = weakref.finalize(b, done, "never")
print(h.detach()[1] is done, h.alive)
del b
print("end")
