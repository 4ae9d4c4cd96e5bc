# A bare raise re-raises the exception being handled.
def f():
    try:
        int("zz")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    f()
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
