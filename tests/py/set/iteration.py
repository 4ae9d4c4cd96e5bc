# Iterating a set; changing its size meanwhile is an error.
s = {10, 20, 30, 'q'}
for x in s:
    print(x)
print(list(s), tuple(s), sorted({5, 1, 4}))
it = iter({1, 2, 3})
print(type(it).__name__, next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(s))
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s)
