# Identity tests.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is True, (1 == 1) is True)
x = None
print(x is None, x is not None)
