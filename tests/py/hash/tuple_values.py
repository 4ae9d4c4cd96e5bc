# Tuple hashes combine item hashes (xxHash-style in 3.11).
for t in [(), (1,), (1, 2), (2, 1), ("a", "b"), (1, (2, 3)), (1.5, "x", 2 ** 70)]:
    print(t, hash(t))
