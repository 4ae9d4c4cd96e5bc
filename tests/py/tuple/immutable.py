# Tuples reject item assignment, but their mutable items can change.
t = (1, [2])
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
t[1].append(3)
print(t)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
