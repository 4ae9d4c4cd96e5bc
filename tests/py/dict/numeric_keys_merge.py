# 1, 1.0 and True are the same key; the first key object is kept.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d)
d2 = {True: "x"}
d2[1] = "y"
print(d2)
