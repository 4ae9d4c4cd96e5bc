# __exit__ receives the exception type, value and traceback.
class Watch:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("type:", exc_type.__name__ if exc_type else None)
        print("value:", repr(exc))
        print("tb is traceback:", type(tb).__name__ == "traceback")
        return False

try:
    with Watch():
        raise ValueError("inside with")
except ValueError as e:
    print("propagated", e)
with Watch():
    pass
