# __enter__ runs before the body and __exit__ after it.
class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type, exc, tb)
        return False

with CM():
    print("body")
print("after")
