# Slices read copies, with steps and out-of-range bounds.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[20:], a[-20:2])
b = a[:]
b[0] = "changed"
print(a[0], b[0])
