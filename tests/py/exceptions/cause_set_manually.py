# __cause__ and __context__ can be assigned directly.
e = ValueError("v")
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__)
try:
    e.__cause__ = 5
except TypeError as err:
    print(type(err).__name__, err)
e.__context__ = TypeError("t")
print(repr(e.__context__))
