def f():
    try:
        return 1
    finally:
        raise KeyError("in finally after return")

f()
