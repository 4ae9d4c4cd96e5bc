d = {"b": 2, "a": 1, "c": 3}
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
print(sorted(d.items(), key=lambda kv: kv[1]))
print(list(reversed(d.items())))
