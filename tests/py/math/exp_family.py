# exp, expm1, exp2, cbrt, erf and erfc.
import math
print(math.exp(1), math.expm1(1e-10), math.exp2(10), math.exp2(0.5), math.cbrt(27), math.cbrt(-8))
print(math.erf(0.5), math.erfc(0.5), math.erf(-2), math.erfc(10))
