# Float arithmetic and mixed int/float.
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 7 / 2.0, 2 ** 0.5, 4 ** 0.5)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2 ** -1.0, (-8.0) ** 2, 10.0 ** -3)
print(0.1 * 3, 1e300 * 1e10, -1e300 * 1e10)
