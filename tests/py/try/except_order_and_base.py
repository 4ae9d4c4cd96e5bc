# The first matching handler wins; base classes catch subclasses.
try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError caught", type(e).__name__)
except KeyError:
    print("never")
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__, repr(e))
try:
    int("x")
except Exception as e:
    print("Exception caught", type(e).__name__)
