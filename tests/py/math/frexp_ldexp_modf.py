# frexp, ldexp and modf, with their special values.
import math
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(-math.inf), math.frexp(5e-324))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1075), math.ldexp(1.0, -10**30), math.ldexp(3, 2))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.modf(-math.inf))
