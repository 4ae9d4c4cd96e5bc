# raise ... from None hides the context but keeps it.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
