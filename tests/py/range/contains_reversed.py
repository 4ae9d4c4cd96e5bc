# Membership is arithmetic; reversed walks backwards.
r = range(-10, 10, 4)
print(list(r), -10 in r, -6 in r, 0 in r, 2 in r, 10 in r, 2.0 in r)
print(list(reversed(r)), list(reversed(range(0))), list(reversed(range(3))))
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 2), range(1, 5, 2) == range(1, 6, 2))
