# An exception from __exit__ replaces the body's, with it as context.
class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise ValueError("exit failed")

try:
    with BadExit():
        print("body ran")
except ValueError as e:
    print(type(e).__name__, e, e.__context__)
try:
    with BadExit():
        raise KeyError("body error")
except ValueError as e:
    print(type(e).__name__, e, repr(e.__context__))
