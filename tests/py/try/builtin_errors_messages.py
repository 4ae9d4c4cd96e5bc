# Messages of common runtime errors.
def attempt(n):
    try:
        if n == 0:
            undefined_thing_xyz
        elif n == 1:
            None.attr
        elif n == 2:
            len(5)
        elif n == 3:
            "a".join(5)
        elif n == 4:
            [1, 2].index(3)
        elif n == 5:
            abs("x")
        elif n == 6:
            (1,) + [2]
        elif n == 7:
            int("12", base="x")
    except Exception as e:
        print(type(e).__name__ + ":", e)
for n in range(8):
    attempt(n)
