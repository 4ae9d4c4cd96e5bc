# Converting non-finite floats and wrong types.
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
