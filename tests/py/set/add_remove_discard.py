# add, remove, discard and their KeyError.
s = set()
for x in (5, 3, 5, 'a', 3, (1, 2)):
    s.add(x)
print(s, len(s))
s.remove(5)
print(s)
s.discard('a')
s.discard('not there')
print(s)
try:
    s.remove('missing')
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    s.remove((9, 9))
except KeyError as e:
    print(type(e).__name__, e)
print(s.add(1), s.discard(1))
