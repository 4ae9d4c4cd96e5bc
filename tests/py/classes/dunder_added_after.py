# Dunders added to a class after creation take effect.
class A:
    pass

a = A()
try:
    len(a)
except TypeError as e:
    print(type(e).__name__, e)
A.__len__ = lambda self: 7
print(len(a))
A.__add__ = lambda self, o: "added " + str(o)
print(a + 3)
del A.__len__
try:
    len(a)
except TypeError as e:
    print(type(e).__name__, e)
