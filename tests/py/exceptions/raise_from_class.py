# raise X from SomeClass instantiates the cause; bad causes are TypeErrors.
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("v") from 5
except TypeError as e:
    print(type(e).__name__, e)
