def f(*args):
    return type(args).__name__, args, len(args)
print(f())
print(f(1))
print(f(1, "two", [3]))
def g(first, *rest):
    return first, rest
print(g(1, 2, 3))
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(1, 2, 3), total(1, 2, start=10))
