# A docstring is not output; a def inside a def is a local value.
def outer():
    """Docstring only."""
    def inner(n):
        return n + 1
    return inner(41)
print(outer(), outer.__doc__)
