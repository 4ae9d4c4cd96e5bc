# isclose with relative and absolute tolerances.
import math
print(math.isclose(1.0, 1.0000000001), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(math.inf, -math.inf))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(e)
