# Equal numbers hash equal across int, float and bool.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0))
print(hash(2 ** 61) == hash(2.0 ** 61), hash(0.5) == hash(1.5 - 1))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
