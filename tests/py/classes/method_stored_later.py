# A function assigned to a class after creation becomes a method.
class A:
    pass

def hello(self, n):
    return "hello " + str(n) + " from " + type(self).__name__

A.hello = hello
a = A()
print(a.hello(3))
a.plain = hello
print(a.plain(a, 4))
print(A.__dict__["hello"] is hello)
