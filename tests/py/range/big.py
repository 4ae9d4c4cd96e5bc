# Ranges beyond 64 bits.
r = range(2 ** 70, 2 ** 70 + 10, 3)
print(r, len(r), r[1], 2 ** 70 + 3 in r, list(r))
print(range(10 ** 20)[-1])
