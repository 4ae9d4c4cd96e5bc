# vars() returns __dict__; dir() lists attributes sorted.
class A:
    x = 1

    def m(self):
        pass

a = A()
a.y = 2
print(vars(a))
print(vars(a) is a.__dict__)
print([n for n in dir(a) if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
