# Mutable containers are unhashable, also inside tuples.
for v in [[], {}, (1, [2])]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
