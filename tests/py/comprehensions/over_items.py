data = {"a": [1, 2], "b": [], "c": [3]}
print([k for k, v in data.items() if v])
print({k: sum(v) for k, v in sorted(data.items())})
pairs = [(1, "one"), (2, "two")]
print(dict((n, s) for n, s in pairs), {s: n for n, s in pairs})
