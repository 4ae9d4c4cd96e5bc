# Tuple construction, indexing, slicing, len and repr.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
x = 1, 2
print(x, type(x).__name__)
