def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    x = 1
a = A()
print(getattr(a, 'x'), getattr(a, 'y', 'dflt'), hasattr(a, 'x'), hasattr(a, 'y'))
setattr(a, 'y', 5)
print(a.y, getattr(a, 'y'))
delattr(a, 'y')
print(hasattr(a, 'y'))
t(lambda: getattr(a, 'nope'))
t(lambda: getattr(a, 1))
t(lambda: hasattr(a, 1))
t(lambda: setattr(a, 1, 2))
t(lambda: delattr(a, 'nope'))
t(lambda: getattr(a))
t(lambda: setattr(1, 'x', 3))
