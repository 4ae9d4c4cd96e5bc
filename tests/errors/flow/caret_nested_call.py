def g(x):
    return x[5]

print(len(str(g([1, 2]))))
