# Returning a tuple and unpacking it.
def min_max(items):
    lo = hi = items[0]
    for x in items:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi
lo, hi = min_max([4, 8, -2, 7])
print(lo, hi, min_max([1]))
