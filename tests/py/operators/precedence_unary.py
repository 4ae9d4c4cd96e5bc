# Unary minus binds tighter than * but looser than **.
print(-2 ** 2, (-2) ** 2)
print(-3 * -3, - - 4, +-+5, ~5, -~5, ~-5)
print(2 ** -1, 2 ** -2 ** 2)
print(not -1, not 0, not not 3)
