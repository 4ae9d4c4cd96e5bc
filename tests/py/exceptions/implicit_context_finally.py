# An exception raised in finally gets the pending one as context.
try:
    try:
        raise KeyError("pending")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print(repr(e), repr(e.__context__))
