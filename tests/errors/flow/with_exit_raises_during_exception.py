class Broken:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise RuntimeError("exit failed")


def g():
    with Broken():
        {}["key"]

g()
