# An exception from a with body propagates after __exit__ runs.
class Logger:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__)
        return False

with Logger():
    items = [1, 2, 3]
    print(items[5])
