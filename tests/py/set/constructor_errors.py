# Wrong arguments to the constructors.
for args in ((1,), (1, 2), ([[1]],)):
    try:
        set(*args)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        frozenset(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
