# round() rounds halves to even, and uses the exact binary value.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.05, 1), round(1.15, 1))
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(1.23456789, 5))
print(round(1e300, 2), round(2.5, 0), type(round(2.5)), type(round(2.5, 0)))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
