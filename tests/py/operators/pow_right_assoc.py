# ** groups right to left.
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(2 ** 2 ** 2 ** 2)
print(-2 ** -2)
print((-8) ** 2, (-2) ** 3, 0 ** 0)
