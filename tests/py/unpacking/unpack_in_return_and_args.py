def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi)
def f(*args):
    return args
print(f(*"ab", *[1], *()))
parts = "k=v".partition("=")
key, _, value = parts
print(key, value)
