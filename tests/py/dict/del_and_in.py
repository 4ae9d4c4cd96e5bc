# del and membership.
d = {"a": 1, "b": 2}
print("a" in d, "z" in d, 1 in d, "b" not in d)
del d["a"]
print(d, "a" in d)
try:
    del d["a"]
except KeyError as e:
    print(type(e).__name__, e)
