# Errors for subscript operations a class does not support.
class A:
    pass

a = A()
try:
    a[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a[0]
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __getitem__(self, k):
        return k

r = R()
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del r[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    A[0]
except TypeError as e:
    print(type(e).__name__, e)
