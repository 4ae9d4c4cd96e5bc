# The constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.degrees(math.pi), math.radians(180))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.fsum([0.1] * 10))
