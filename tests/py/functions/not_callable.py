# Calling a non-callable object.
for thing in (1, "s", None, [1]):
    try:
        thing()
    except TypeError as e:
        print(type(e).__name__, e)
