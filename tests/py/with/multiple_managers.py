# Several managers in one with enter left to right and exit right to left.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *a):
        print("exit", self.name)

with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
with (CM("x") as x,
      CM("y") as y):
    print("parenthesised", x, y)
