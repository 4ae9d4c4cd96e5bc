# Underscores between digits in decimal ints and floats.
print(1_000_000)
print(1_0.5_5, 1e1_0, 3_1.4_1e-1_0)
print(0x_FF, 0b_1, 0o_7)
