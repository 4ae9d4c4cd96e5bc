# Exact comparisons between ints and floats, even at large magnitudes.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(0.5 < 1, 1 < 1.5, -1 < -0.5, 0 == -0.0)
print(float("nan") == 0, float("nan") < 1, 1 < float("nan"))
print(max(1, 1.0), max(1.0, 1), min(2, 1.5), sorted([3, 2.5, 1, 0.5, 2]))
