# update from dicts, pairs and keywords; copy is shallow; clear.
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ("a", 10)])
d.update(e=5)
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c == d)
d.clear()
print(d, c)
