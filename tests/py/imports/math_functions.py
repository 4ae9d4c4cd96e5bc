# A few math functions and constants.
import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.fabs(-3))
print(math.inf, math.isnan(math.nan), math.isinf(-math.inf), math.e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
