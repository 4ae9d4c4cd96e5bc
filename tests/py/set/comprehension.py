# Set displays with unpacking, and set comprehensions.
a = [3, 1, 2]
print({*a, 4}, {*a, *'xy'}, {0, *range(3), 9})
print({x * x for x in range(-3, 4)})
print({c for c in 'hello'})
print({(i, j) for i in range(2) for j in range(2)})
print({*()}, {*{}})
