# OverflowError "math range error" cases.
import math
for f, a in [(math.exp, 1000), (math.expm1, 1000), (math.exp2, 2000), (math.cosh, 1000), (math.sinh, -1000),
             (math.gamma, 200), (math.lgamma, 1e308)]:
    try:
        print(f(a))
    except OverflowError as e:
        print(f.__name__, a, e)
for args in [(1.5, 1024), (1.0, 10**30)]:
    try:
        math.ldexp(*args)
    except OverflowError as e:
        print('ldexp', e)
print(math.pow(2, 0.5))
try:
    math.pow(10, 400)
except OverflowError as e:
    print('pow', e)
try:
    math.sqrt(2**2000)
except OverflowError as e:
    print('sqrt', e)
