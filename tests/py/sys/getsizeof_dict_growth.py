# A dict grows its table in steps as keys are added.
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
i = 0
while i < 100:
    d[i] = i
    size = sys.getsizeof(d)
    if size != last:
        print(len(d), size)
        last = size
    i += 1
