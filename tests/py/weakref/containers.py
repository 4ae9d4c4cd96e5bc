# WeakValueDictionary, WeakKeyDictionary and WeakSet lose entries when the
# referent dies.
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name
a = Obj("a")
b = Obj("b")
c = Obj("c")
wvd = weakref.WeakValueDictionary()
wvd["a"] = a
wvd["b"] = b
wvd["c"] = c
print(len(wvd), wvd["a"], "b" in wvd, sorted(wvd.keys()), wvd.get("zz"))
del b
print(len(wvd), "b" in wvd, sorted(wvd), wvd.get("b", "gone"))
try:
    wvd["b"]
except KeyError as e:
    print("KeyError", e)
print(sorted([v.name for v in wvd.values()]))
wkd = weakref.WeakKeyDictionary()
wkd[a] = 1
wkd[c] = 3
print(len(wkd), wkd[a], a in wkd, 5 in wkd)
del c
print(len(wkd), list(wkd.items()))
ws = weakref.WeakSet()
ws.add(a)
x = Obj("x")
ws.add(x)
ws.add(x)
print(len(ws), a in ws, x in ws)
del x
print(len(ws), list(ws))
ws.discard(a)
print(len(ws))
del wvd["a"]
print(len(wvd), sorted(wvd.items()))
