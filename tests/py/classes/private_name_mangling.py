# __names inside a class are mangled with the class name.
class A:
    def __init__(self):
        self.__secret = 1
        self._hint = 2

    def reveal(self):
        return self.__secret

a = A()
print(a.reveal())
print(a._A__secret, a._hint)
print(sorted(a.__dict__))
try:
    a.__secret
except AttributeError as e:
    print(type(e).__name__, e)

class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = 3

b = B()
print(sorted(b.__dict__))
print(b.reveal())
