# range with one, two and three arguments, len and repr.
print(range(5), range(2, 5), range(0, 10, 3), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-5, 5, 2)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
