# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
a, *mid, z = range(5)
p, *q = (1,)
print(first, rest, init, last, a, mid, z, p, q)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
