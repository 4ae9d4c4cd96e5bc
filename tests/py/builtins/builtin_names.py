print(int, float, str, bool, list, tuple, dict, range, type, object, slice)
print(None, True, False, Ellipsis, NotImplemented)
print(EnvironmentError is OSError, IOError is OSError)
print(ValueError, KeyError.__mro__)
