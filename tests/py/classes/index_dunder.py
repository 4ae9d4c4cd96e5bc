# __index__ lets objects act as integers for indexing, slicing, bin and range.
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

i = Idx(2)
data = ["a", "b", "c", "d"]
print(data[i], data[Idx(1):Idx(3)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))))
print("ab" * Idx(3))
print(int(Idx(7)))
class NoIndex:
    pass

try:
    data[NoIndex()]
except TypeError as e:
    print(type(e).__name__, e)
