# Comparisons below bitwise ops; not below comparisons; and below not; or lowest.
print(1 | 2 == 3)
print(not 1 == 2)
print(not 0 and 0)
print(not (0 and 0))
print(1 or 0 and 0)
print((1 or 0) and 0)
print(1 < 2 == True)
print(3 & 1 == 1)
