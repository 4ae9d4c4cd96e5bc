# Raising a class instantiates it; raising a non-exception is a TypeError.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise "text"
except TypeError as e:
    print(type(e).__name__, e)
