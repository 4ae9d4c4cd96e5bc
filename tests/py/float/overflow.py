# Float operations that overflow raise OverflowError where CPython does.
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 + 1e308)
