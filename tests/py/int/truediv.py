# int / int is a float, correctly rounded even for big values.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3)
print(2 ** 100 / 2 ** 98, 10 ** 30 / 10 ** 10)
print(1 / 2 ** 1100 == 0.0)
try:
    print(2 ** 2000 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
