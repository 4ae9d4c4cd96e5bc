# Iterating by index while appending sees the new items.
a = [1, 2, 3]
i = 0
while i < len(a):
    if a[i] < 3:
        a.append(a[i] + 10)
    i += 1
print(a)
