# An opening bracket that is never closed.
x = 1
total = (x + 2
print(total)
