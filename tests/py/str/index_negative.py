# Indexing from both ends, and out of range.
s = "python"
print(s[0], s[5], s[-1], s[-6], s[2])
for i in (6, -7):
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["0"]
except TypeError as e:
    print(type(e).__name__, e)
