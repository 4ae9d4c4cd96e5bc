def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance('a', (int, str)))
print(isinstance(1, (str, (float, int))), isinstance([], ()), isinstance(1, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B))
t(lambda: isinstance(1, 2))
t(lambda: isinstance(1, (int, 2)))
t(lambda: isinstance(1))
