# gamma and lgamma match CPython's own Lanczos implementation digit for digit.
import math
for x in [0.5, 1.5, 2.5, 3.7, 5.5, 10.1, 22.0, 23.0, 24.0, 30.3, 100.7, 150.2, 170.5, -0.5, -1.5, -2.7, -10.3, -150.5, 1e-21]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.gamma(-201.5), math.lgamma(math.inf))
