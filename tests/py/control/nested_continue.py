# continue and break affect only the innermost loop.
for i in range(4):
    if i == 2:
        continue
    for j in range(4):
        if j == i:
            continue
        if j > 2:
            break
        print(i, j)
