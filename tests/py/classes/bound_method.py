# A method looked up on an instance is bound to it.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return self.name + " greets " + other

g = Greeter("ann")
m = g.greet
print(m("bob"))
print(m.__self__ is g)
print(m.__func__ is Greeter.greet)
print(type(m).__name__)
print(type(Greeter.greet).__name__)
print(Greeter.greet(g, "cy"))
print(m.__name__, m.__qualname__)
