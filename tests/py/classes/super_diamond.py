# Cooperative super() calls follow the MRO across a diamond.
class Root:
    def hello(self):
        print("Root")

class Left(Root):
    def hello(self):
        print("Left")
        super().hello()

class Right(Root):
    def hello(self):
        print("Right")
        super().hello()

class Bottom(Left, Right):
    def hello(self):
        print("Bottom")
        super().hello()

Bottom().hello()
print("--")
Left().hello()
