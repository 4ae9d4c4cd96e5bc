# Float division by zero raises; it never produces inf.
for f in range(3):
    try:
        if f == 0:
            1.0 / 0
        elif f == 1:
            1.0 // 0.0
        else:
            1.0 % 0.0
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
