# hypot (any number of arguments) and dist.
import math
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.hypot(-5), math.hypot(1e308, 1e308))
print(math.hypot(math.inf, math.nan), math.hypot(1, math.nan))
for x in [1e-300, 0.1, 7.3, 1e10, 3e300]:
    print(math.hypot(x, 2 * x, 3.3 * x), math.dist((x, 1), (2, x)))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]))
try:
    math.dist([1], [1, 2])
except ValueError as e:
    print(e)
