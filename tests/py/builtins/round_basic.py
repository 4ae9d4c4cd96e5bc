def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(7), round(1234, -2))
print(round(0.125, 2), round(1.5, None), type(round(1.5)), type(round(1.5, 0)))
class R:
    def __round__(self, n=None):
        return ('r', n)
print(round(R()), round(R(), 3))
t(lambda: round('a'))
t(lambda: round())
t(lambda: round(1, 2, 3))
