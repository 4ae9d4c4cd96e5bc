# `in`, including sets looked up as frozensets.
s = {1, 'a', (1, 2), frozenset([3])}
print(1 in s, 2 in s, 'a' in s, 'b' not in s, (1, 2) in s, 1.0 in s, True in s)
print({3} in s, frozenset([3]) in s, {4} in s)
print(s.__contains__({3}), s.__contains__(1))
try:
    [1] in s
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} in s
except TypeError as e:
    print(type(e).__name__, e)
s.remove({3})
print(s)
s.add(frozenset())
s.discard(set())
print(s)
try:
    s.remove({9})
except KeyError as e:
    print(type(e).__name__, e)
