# Slices with every combination of bounds and steps.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[8:2:-2], s[::-3], s[-1:-11:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
