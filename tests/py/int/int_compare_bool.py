# Comparisons across int sizes and with bools.
print(2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63), 2 ** 64 == 2 ** 64)
print(True < 2, False == 0, True == 1, max(True, 0))
print(sorted([3, -(2 ** 70), 2 ** 70, 0, -1]))
