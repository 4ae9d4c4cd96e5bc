# Hyperbolic functions and their inverses.
import math
for x in [0.0, 0.5, 1.0, 2.0, -3.0]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.atanh(x / 4))
print(math.acosh(1), math.acosh(10))
