# 3.11 limits int<->str conversion to 4300 digits.
x = 10 ** 4299
print(len(str(x)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
