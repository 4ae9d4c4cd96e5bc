# A dict subclass with __missing__.
class Defaulting(dict):
    def __missing__(self, key):
        return "no " + str(key)

d = Defaulting(a=1)
d["b"] = 2
print(d["a"], d["b"], d["c"])
print(d.get("c"))
print("c" in d)
print(d, type(d).__name__, isinstance(d, dict))
print(sorted(d.keys()))
