# int() and float() call __int__ and __float__.
class Num:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

n = Num()
print(int(n), float(n))
class OnlyFloat:
    def __float__(self):
        return 1.5

print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __float__(self):
        return "x"

try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Nothing:
    pass

for conv in [int, float]:
    try:
        conv(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
