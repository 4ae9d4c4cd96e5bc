# Rebinding a name finalizes the old object first-in-order.
class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

x = Obj(1)
x = Obj(2)
print("rebound")
x = None
print("set to None")
d = {"k": Obj(3)}
d["k"] = Obj(4)
print("dict value replaced")
del d
print("dict deleted")
