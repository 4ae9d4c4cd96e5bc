# __init__ receives positional, keyword and default arguments.
class Rect:
    def __init__(self, w, h=1, *, name="rect"):
        self.w = w
        self.h = h
        self.name = name

r1 = Rect(2)
r2 = Rect(2, 3)
r3 = Rect(h=5, w=4, name="big")
for r in [r1, r2, r3]:
    print(r.name, r.w, r.h, r.w * r.h)
try:
    Rect()
except TypeError as e:
    print(type(e).__name__, e)
