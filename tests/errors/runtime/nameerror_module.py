# An undefined name at module level.
x = 1
print(x + undefined_quantity)
