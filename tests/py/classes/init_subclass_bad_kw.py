# Unknown class keywords reach object.__init_subclass__ and fail.
class A:
    pass

try:
    class B(A, flavour="x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
