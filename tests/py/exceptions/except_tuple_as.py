# except (A, B) as e catches either type.
def risky(kind):
    if kind == "key":
        raise KeyError(kind)
    if kind == "value":
        raise ValueError(kind)
    raise TypeError(kind)

for kind in ["key", "value", "type"]:
    try:
        risky(kind)
    except (KeyError, ValueError) as e:
        print("tuple handler", type(e).__name__, e)
    except TypeError as e:
        print("type handler", e)
handlers = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except handlers as e:
    print("from variable", type(e).__name__)
