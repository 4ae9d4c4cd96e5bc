it = iter([1, 2, 3])
print(list(it), list(it))
m = map(str, [1])
print(list(m), list(m))
r = range(3)
print(list(r), list(r))
d = {"a": 1}
keys = iter(d)
print(next(keys))
d["b"] = 2
try:
    next(keys)
except RuntimeError as e:
    print(e)
