# If __enter__ raises, __exit__ is not called and the body does not run.
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")

class Good:
    def __enter__(self):
        print("good enter")

    def __exit__(self, *a):
        print("good exit")

try:
    with BadEnter():
        print("body")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    with Good(), BadEnter():
        print("body")
except RuntimeError as e:
    print(type(e).__name__, e)
