# gcd and lcm (any number of arguments), isqrt, comb, perm, factorial.
import math
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 27), math.gcd(-4, 6), math.gcd(2**100, 2**60 * 3))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 4))
print(math.isqrt(10**40), math.isqrt(99), math.comb(10, 3), math.comb(5, 7), math.perm(5), math.perm(5, 2))
print(math.factorial(20), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2], start=2))
for f, a in [(math.factorial, (-1,)), (math.factorial, (5.0,)), (math.isqrt, (-1,)), (math.comb, (-1, 2))]:
    try:
        f(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
