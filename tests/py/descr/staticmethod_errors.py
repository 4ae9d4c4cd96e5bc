# staticmethod() argument checks, and wrapping a non-callable.
try:
    staticmethod()
except TypeError as e:
    print(e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print(e)
try:
    staticmethod(f=len)
except TypeError as e:
    print(e)

class A:
    s = staticmethod(42)

print(A.s, A().s)
try:
    A.__dict__["s"]()
except TypeError as e:
    print(e)
