# * / // % bind tighter than + -, left to right within a level.
print(2 + 3 * 4, (2 + 3) * 4)
print(10 - 4 - 3, 10 - (4 - 3))
print(100 // 7 % 3, 100 // (7 % 3))
print(2 * 3 ** 2, (2 * 3) ** 2)
print(7 - 2 * 3 + 8 // 2 % 3)
print(1 + 2 * 3 - 4 / 2)
