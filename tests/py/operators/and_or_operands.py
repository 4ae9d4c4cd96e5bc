# and/or return one of their operands, not a bool.
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print("" or "default", "x" or "default")
print([] or None, None or [], [] and 1)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None)
print(0 or 0.0 or "last")
