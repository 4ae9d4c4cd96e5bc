calls = []
def source():
    calls.append("source")
    return [1, 2, 3]
print([x for x in source()], calls)
def inner():
    calls.append("inner")
    return "ab"
print([(x, c) for x in range(2) for c in inner()], calls)
