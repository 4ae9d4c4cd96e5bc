print({x: x * x for x in range(5)})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({k: [c for c in k] for k in ("ab", "c")})
