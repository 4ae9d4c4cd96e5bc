# Order with int keys is insertion order, not numeric order.
d = {10: "a", 1: "b", 5: "c", -3: "d", 100000: "e", "k": "f", 2.5: "g"}
print(d)
for k in d:
    print(k, d[k])
