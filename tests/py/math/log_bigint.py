# log of ints beyond the float range.
import math
print(math.log(10**30), math.log(10**400), math.log2(2**3000), math.log10(10**500), math.log(2**1100, 2))
print(math.log(8, 2), math.log(100, 10), math.log1p(1e-10), math.log(math.e))
