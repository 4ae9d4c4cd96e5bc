# Code after a suppressed exception continues after the with block.
class Ignore:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.seen = t
        return True

def f():
    ig = Ignore()
    with ig:
        x = 1
        raise ValueError
        x = 2
    return x, ig.seen.__name__

print(f())
