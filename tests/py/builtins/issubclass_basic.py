def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
