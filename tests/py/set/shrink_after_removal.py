# Removing many keys leaves dummies; difference_update rebuilds the table.
import sys
s = set(range(100))
print(sys.getsizeof(s))
for i in range(90):
    s.discard(i)
print(sys.getsizeof(s), s)
s.difference_update([95])
print(sys.getsizeof(s), s)
t = set(range(50))
t -= set(range(45))
print(sys.getsizeof(t), t)
t = set(range(50))
t -= set(range(5))
print(sys.getsizeof(t), len(t))
