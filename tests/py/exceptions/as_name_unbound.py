# The except ... as name is deleted after the handler, even in functions.
def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        print("inside", e)
    try:
        return e
    except UnboundLocalError as err:
        return type(err).__name__ + ": " + str(err)

print(f())
try:
    raise KeyError("k")
except KeyError as exc:
    pass
try:
    exc
except NameError as err:
    print(type(err).__name__, err)
