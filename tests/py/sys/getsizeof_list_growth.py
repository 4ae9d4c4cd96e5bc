# A list grows its capacity in steps as it is appended to.
import sys
a = []
last = sys.getsizeof(a)
print(0, last)
i = 0
while i < 40:
    a.append(i)
    size = sys.getsizeof(a)
    if size != last:
        print(len(a), size)
        last = size
    i += 1
