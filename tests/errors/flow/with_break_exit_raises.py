class Closer:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise OSError("close failed")


for i in range(3):
    with Closer():
        if i == 0:
            break
