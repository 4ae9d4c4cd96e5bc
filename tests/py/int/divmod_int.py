# divmod agrees with // and %.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (2 ** 80, 12345)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
