# with and try/finally interleave in source order.
class CM:
    def __enter__(self):
        print("enter")

    def __exit__(self, *a):
        print("exit")

def f():
    try:
        with CM():
            try:
                raise ValueError("v")
            finally:
                print("inner finally")
    except ValueError:
        print("handled")
    finally:
        print("outer finally")

f()
