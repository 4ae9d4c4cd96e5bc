# del on items, slices and extended slices.
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a)
try:
    del a[0]
except IndexError as e:
    print(type(e).__name__, e)
