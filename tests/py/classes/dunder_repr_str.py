# __repr__ and __str__, and which one each context uses.
class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "a Both"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"

b = Both()
r = ReprOnly()
print(b)
print(repr(b), str(b))
print([b, r])
print(r, str(r))
print(f"{b} {r!r} {b!r}")
print((b,), {"k": b})
