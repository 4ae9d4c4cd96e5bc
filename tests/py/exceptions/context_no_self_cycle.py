# Re-raising the handled exception does not make it its own context.
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2.__context__)
err = KeyError("saved")
try:
    try:
        raise err
    except KeyError:
        raise err
except KeyError as e3:
    print(e3 is err, e3.__context__)
