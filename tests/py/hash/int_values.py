# Int hashes are the value modulo 2**61 - 1, and -1 maps to -2.
for n in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), 10 ** 30, True, False]:
    print(n, hash(n))
