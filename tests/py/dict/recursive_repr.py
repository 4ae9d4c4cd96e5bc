# A dict containing itself prints {...}.
d = {"a": 1}
d["self"] = d
print(d)
