# raise accepts a class or an instance; anything else is a TypeError.
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
try:
    raise IndexError("i")
except IndexError as e:
    print(repr(e))
for bad in [5, "text", object]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
class NotExc:
    pass

try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
