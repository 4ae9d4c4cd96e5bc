# Iteration follows insertion; updating a key keeps its place; re-adding moves it.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["a"] = 20
print(d)
del d["z"]
d["z"] = 100
print(d, list(d))
