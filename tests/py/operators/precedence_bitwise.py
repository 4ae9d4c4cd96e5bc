# Shifts bind tighter than &, & than ^, ^ than |; arithmetic tighter than shifts.
print(1 | 2 ^ 3 & 4)
print((1 | 2) ^ (3 & 4))
print(1 << 2 + 1, (1 << 2) + 1)
print(6 & 3 << 1, 6 & (3 << 1))
print(5 ^ 1 | 2, 5 ^ (1 | 2))
print(256 >> 2 >> 1)
