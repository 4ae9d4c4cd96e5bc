# Growth through many resizes keeps every entry and the order.
d = {}
i = 0
while i < 1000:
    d[i * 7] = i
    i += 1
print(len(d), d[0], d[6993], d.get(7000))
total = 0
for k in d:
    total += k
print(total, list(d)[:5], list(d)[-3:])
i = 0
while i < 1000:
    if i % 3:
        del d[i * 7]
    i += 1
print(len(d), list(d)[:5])
