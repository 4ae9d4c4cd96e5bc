# Explicit line joining with a backslash.
total = 1 + \
    2 + \
    3
print(total)
if total == 6 and \
   total > 5:
    print("joined")
s = "abc" \
    "def"
print(s)
