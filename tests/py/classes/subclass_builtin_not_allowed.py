# Some built-in types cannot be subclassed.
for base in [bool, type(None)]:
    try:
        class X(base):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Y(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
