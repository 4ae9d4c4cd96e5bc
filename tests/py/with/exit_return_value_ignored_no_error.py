# The return value of __exit__ does not matter when nothing was raised.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("args", a)
        return True

def f():
    with CM():
        return "value"

print(f())
