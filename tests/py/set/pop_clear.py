# pop takes from the table in slot order; clear empties.
s = {5, 3, 9, 1}
print([s.pop() for _ in range(4)])
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
s = set('abcdef')
print(s.pop(), s.pop(), s)
s.add('z')
print(s.pop(), s)
s.clear()
print(s, len(s))
s.add(1)
print(s)
