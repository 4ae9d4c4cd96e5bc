# raise ... from None hides the context.
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("clean") from None
