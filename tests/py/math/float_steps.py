# nextafter, ulp, remainder and copysign.
import math
print(math.nextafter(1, 2), math.nextafter(0.0, -1), math.nextafter(1.0, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf), math.ulp(-2.0))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(5, 2), math.remainder(-7, 2), math.remainder(3, math.inf))
print(math.copysign(1, -0.0), math.copysign(3, -2), math.fmod(7, 3), math.fmod(-7, 3))
try:
    math.remainder(1, 0)
except ValueError as e:
    print(e)
