# The *_update methods change the set and return None.
s = {1, 2, 3}
print(s.update([4], 'ab', {5: 0}), s)
print(s.intersection_update([1, 2, 3, 4, 'a']), s)
print(s.difference_update([1], [2]), s)
print(s.symmetric_difference_update([3, 'z']), s)
s.intersection_update()
print(s)
s.difference_update(s)
print(s)
s.update()
print(s)
t = {1, 2}
t.symmetric_difference_update(t)
print(t)
try:
    s.update(x=1)
except TypeError as e:
    print(type(e).__name__, e)
