# round on ints with negative ndigits rounds half to even.
print(round(5), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(7, 2), round(2 ** 70, -20))
print(type(round(5)), type(round(5, 1)))
