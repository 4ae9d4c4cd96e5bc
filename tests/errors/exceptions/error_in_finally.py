# An exception in finally while another propagates.
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")

f()
