it = iter([1])
print(next(it, "d"), next(it, "d"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
