# During __exit__ the body's exception is the one being handled.
import sys
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        info = sys.exc_info()
        print(info[0].__name__ if info[0] else None, info[1] is v)
        return True

with Inspect():
    raise KeyError("x")
with Inspect():
    pass
