# Unknown escapes keep their backslash.
s = "a\qb"
print(s, len(s))
print(repr("\d"))
