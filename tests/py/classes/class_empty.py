# An empty class with only pass or a docstring.
class Empty:
    pass

class Documented:
    "Only a docstring."

e = Empty()
e.anything = 42
print(e.anything)
print(Empty.__doc__)
print(Documented.__doc__)
print(Documented().__doc__)
