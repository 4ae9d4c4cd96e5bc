# The name bound by except ... as is deleted after the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
