class Logger:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit saw", t.__name__)
        return False


with Logger() as log:
    items = []
    items[3]
