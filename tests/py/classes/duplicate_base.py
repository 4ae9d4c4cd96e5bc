# The same base twice is an error.
class A:
    pass

try:
    class B(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
