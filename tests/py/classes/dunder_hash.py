# __hash__ makes instances usable as dict keys with __eq__.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)

d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], d[Key(2)])
print(Key(1) in d, Key(3) in d)
print(hash(Key(5)) == hash(5))
class Plain:
    pass

p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
