# repr and str of ints, bool as int.
print(repr(-0), str(-123), repr(10 ** 25))
print(True + True, True * 10, -True, str(True), repr(False))
print(type(True + 1), isinstance(True, int))
