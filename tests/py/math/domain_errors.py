# ValueError "math domain error" cases.
import math
for f, a in [(math.sqrt, -1), (math.log, 0), (math.log, -2.5), (math.acos, 2), (math.asin, -1.5),
             (math.atanh, 1), (math.acosh, 0.5), (math.log1p, -1), (math.gamma, 0), (math.gamma, -3),
             (math.lgamma, -1), (math.sin, math.inf), (math.log2, -1), (math.log10, 0)]:
    try:
        print(f(a))
    except ValueError as e:
        print(f.__name__, a, e)
