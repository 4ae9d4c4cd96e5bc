# args, str and repr of built-in exceptions.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
          IndexError(3), TypeError("t"), ZeroDivisionError("z"), RuntimeError(None), Exception("x", "y")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
