# Three-argument pow, negative exponents, and their errors.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000000007))
print(pow(-2, 3), pow(-2, 3, 5), pow(2, -1), pow(7, -1, 13))
print(pow(2, 0, 1), pow(0, 0))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
