seen = []
def note(x):
    seen.append(x)
    return x
r = [note(x) for x in range(3) if note(-x) is not None]
print(r, seen)
out = []
[out.append(i) for i in "ab"]
print(out)
