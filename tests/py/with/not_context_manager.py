# Objects without __enter__/__exit__ are rejected.
class A:
    pass

class OnlyEnter:
    def __enter__(self):
        return self

class OnlyExit:
    def __exit__(self, *a):
        pass

for obj in [A(), OnlyEnter(), OnlyExit(), 5]:
    try:
        with obj:
            print("body")
    except TypeError as e:
        print(type(e).__name__, e)
