import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.sqrt(-1))
t(lambda: math.sqrt('a'))
t(lambda: math.exp(1000))
t(lambda: math.log(0))
t(lambda: math.log(-1))
t(lambda: math.factorial(-1))
t(lambda: math.factorial(2.0))
t(lambda: math.isqrt(-1))
t(lambda: math.comb(5, -1))
t(lambda: math.pow(0, -1))
t(lambda: math.fmod(1, 0))
t(lambda: math.atan2(1))
t(lambda: math.floor(float('inf')))
