import math
print(math.sqrt(16), math.floor(2.5), math.ceil(2.1), math.fabs(-3), math.factorial(20), math.factorial(25))
print(math.gcd(12, 18, 27), math.gcd(), math.isqrt(99), math.comb(10, 3), math.perm(5, 2), math.perm(4))
print(math.pow(2, 10), math.exp(0), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(2**2000))
print(math.pi, math.e, math.tau, math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1))
print(math.trunc(-2.7), math.copysign(3, -0.0), math.fmod(7, 3), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.atan2(1, 1), math.prod([1, 2, 3], start=2), math.fsum([0.1] * 10))
print(math.sin(0), math.cos(0), math.tan(0), math.atan(1))
