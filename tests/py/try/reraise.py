# A bare raise re-raises the exception being handled.
def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging, then re-raising")
        raise
try:
    inner()
except ZeroDivisionError as e:
    print("outer caught", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
