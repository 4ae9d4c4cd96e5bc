# floor, ceil and trunc return ints; infinities and NaN cannot convert.
import math
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), math.ceil(-0.5), math.floor(2**70), math.floor(1e20))
for x in [math.inf, math.nan]:
    try:
        math.floor(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
