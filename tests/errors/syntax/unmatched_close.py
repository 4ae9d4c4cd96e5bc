# A closing bracket with nothing to close.
x = 1 + 2)
