# OverflowError converting a huge int to float.
big = 10 ** 400
print(big * 1.5)
