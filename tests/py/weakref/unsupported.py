# Types CPython cannot weakly reference raise TypeError.
import weakref
class S:
    __slots__ = ("a",)
class SW:
    __slots__ = ("a", "__weakref__")
for obj in [1, "s", [], {}, (), 2.5, None, S()]:
    try:
        weakref.ref(obj)
        print("ok")
    except TypeError as e:
        print(e)
print(weakref.ref(SW())() is None)
