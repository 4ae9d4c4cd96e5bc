pairs = {"a": 1, "b": 2}
for k, v in pairs.items():
    print(k, v)
for i, (name, score) in enumerate([("x", 3), ("y", 4)]):
    print(i, name, score)
for head, *tail in ["abc", "de", "f"]:
    print(head, tail)
for a, b in zip("xy", range(2)):
    print(a, b)
