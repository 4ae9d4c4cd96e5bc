# __getitem__, __setitem__ and __delitem__ with keys and slices.
class Store:
    def __init__(self):
        self.d = {}

    def __getitem__(self, key):
        print("get", key)
        return self.d[key]

    def __setitem__(self, key, value):
        print("set", key, value)
        self.d[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.d[key]

s = Store()
s["a"] = 1
s[1, 2] = "tuple"
print(s["a"], s[1, 2])
del s["a"]
try:
    s["a"]
except KeyError as e:
    print(type(e).__name__, e)
class Sliced:
    def __getitem__(self, k):
        return k

x = Sliced()
print(x[1:2], x[::3], x[1:2, 3], x[...])
