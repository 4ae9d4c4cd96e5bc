def f(path):
    with len(path) as size:
        return size

f("p")
