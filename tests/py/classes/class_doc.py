# __doc__ comes from the first statement if it is a string.
class A:
    """First line.

    More text."""

class B:
    x = 1
    "not a docstring"

class C(A):
    pass

print(repr(A.__doc__))
print(B.__doc__)
print(C.__doc__)
print(A().__doc__ == A.__doc__)
