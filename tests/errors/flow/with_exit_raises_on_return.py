class Closer:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise OSError("close failed")


def f():
    with Closer():
        x = 1
        return x

f()
