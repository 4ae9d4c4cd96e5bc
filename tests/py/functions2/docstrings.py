def documented():
    """First line.

    More text.
    """
def undocumented():
    x = "not a docstring"
print(repr(documented.__doc__))
print(undocumented.__doc__)
documented.__doc__ = "changed"
print(documented.__doc__)
def one():
    "single"
print(one.__doc__)
