# float.is_integer.
for v in [1.0, 1.5, -0.0, 1e300, float("inf"), float("nan"), 2.0 ** -1]:
    print(repr(v), v.is_integer())
