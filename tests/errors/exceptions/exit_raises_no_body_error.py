# An exception from __exit__ when the body succeeded.
class Flusher:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise OSError("flush failed")

with Flusher():
    print("body ok")
