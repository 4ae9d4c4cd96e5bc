class MyError(Exception):
    pass
class WithInit(ValueError):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.a = a
print(repr(MyError('a')), str(MyError(1, 2)))
w = WithInit(1, 2)
print(repr(w), w.a, w.args, isinstance(w, ValueError))
try:
    raise MyError('boom')
except Exception as err:
    print(type(err).__name__, err)
try:
    raise KeyError
except LookupError as err:
    print(repr(err))
