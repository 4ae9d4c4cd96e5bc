# A true value from __exit__ suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressing", exc_type.__name__, exc)
            return True
        return False

with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("continued")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "yes"

with Truthy():
    raise RuntimeError("gone")
print("truthy string suppresses")
