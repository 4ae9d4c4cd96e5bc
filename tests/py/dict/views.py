# keys, values and items views are live and print their contents.
d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["c"] = 3
print(k, v, it, len(k))
print("a" in k, 2 in v, ("b", 2) in it, list(it))
for key, value in d.items():
    print(key, value)
