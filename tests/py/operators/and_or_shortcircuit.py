# The right operand is evaluated only when needed.
def side(v):
    print("side", v)
    return v
print(side(0) and side(1))
print(side(2) and side(3))
print(side(4) or side(5))
print(side(0) or side(6))
