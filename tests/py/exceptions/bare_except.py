# A bare except catches everything, including BaseException subclasses.
def attempt(exc):
    try:
        raise exc
    except:
        print("caught", exc.__name__ if isinstance(exc, type) else type(exc).__name__)

attempt(ValueError("v"))
attempt(KeyboardInterrupt)
attempt(SystemExit(3))
try:
    try:
        raise ValueError("inner")
    except:
        print("handling, then re-raising")
        raise
except ValueError as e:
    print("outer", e)
