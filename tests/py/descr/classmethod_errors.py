# classmethod() argument checks.
try:
    classmethod()
except TypeError as e:
    print(e)
try:
    classmethod(len, len)
except TypeError as e:
    print(e)
try:
    classmethod(f=len)
except TypeError as e:
    print(e)

class A:
    c = classmethod(42)

try:
    A.c
except TypeError as e:
    print(type(e).__name__)
print(A.__dict__["c"].__func__)
