# Shifts, including big results and negative operands.
print(1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 10, 5 >> 100)
print(-5 << 2, (2 ** 100) >> 99)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
