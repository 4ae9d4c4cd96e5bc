# __enter__ and __exit__ are looked up on the type, not the instance.
class CM:
    def __enter__(self):
        return "type enter"

    def __exit__(self, *a):
        print("type exit")

c = CM()
c.__enter__ = lambda: "instance enter"
c.__exit__ = lambda *a: print("instance exit")
with c as v:
    print(v)
class Empty:
    pass

e = Empty()
e.__enter__ = lambda: 1
e.__exit__ = lambda *a: None
try:
    with e:
        pass
except TypeError as err:
    print(type(err).__name__, err)
