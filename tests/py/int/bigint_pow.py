# Arbitrary precision: 2**200 and friends.
print(2 ** 200)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63))
print(10 ** 50 + 1)
print((2 ** 100) // (2 ** 50), (2 ** 100) % 1000007)
print(len(str(2 ** 1000)))
