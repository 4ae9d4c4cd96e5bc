def key(v):
    return v.missing

print(sorted([1, 2], key=key))
