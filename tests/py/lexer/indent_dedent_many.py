# Several dedents at once close every open block.
for a in range(2):
    for b in range(2):
        for c in range(2):
            if a == b == c:
                print(a, b, c)
print("done")
