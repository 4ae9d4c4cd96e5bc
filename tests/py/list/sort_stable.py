# Sorting is stable, also with reverse=True.
def first(p):
    return p[0]
data = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (0, "f")]
print(sorted(data, key=first))
print(sorted(data, key=first, reverse=True))
