# An exception raised in a handler records the one being handled.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__))
    print(e.__cause__, e.__suppress_context__)
try:
    raise TypeError("alone")
except TypeError as e:
    print(e.__context__, e.__cause__)
