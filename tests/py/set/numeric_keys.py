# Equal numbers are one key: the first one stays.
s = {1, 1.0, True}
print(s)
s = {1.0, 1}
print(s)
s = {0, False, 0.0, -0.0}
print(s)
s = set()
s.add(2.0)
s.add(2)
print(s, 2 in s)
print({10 ** 30, 10 ** 30 + 0.0}, {2 ** 61 - 1, 0})
print({-1, -2}, hash(-1) == hash(-2))
