# Float hashes: integral floats hash like ints; inf and nan are special.
for f in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e100, 2.5e-300, float("inf"), float("-inf")]:
    print(f, hash(f))
n = float("nan")
print(hash(n) == hash(n))
