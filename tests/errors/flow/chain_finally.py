def f():
    try:
        raise KeyError("body")
    finally:
        raise ValueError("finally")

f()
