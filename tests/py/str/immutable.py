# Strings cannot be changed in place.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(s)
