# -0.0 keeps its sign through some operations.
z = -0.0
print(z, -z, z * 1, 0.0 * -1, abs(z), z + 0.0, 0.0 - 0.0, -0.0 - 0.0)
print(round(-0.4), round(-0.4, 1), -1 * 0.0)
