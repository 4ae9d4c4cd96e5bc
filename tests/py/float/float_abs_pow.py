# abs and pow on floats.
print(abs(-2.5), abs(2.5), pow(2.0, 3), pow(9, 0.5), pow(2, -2), pow(-8.0, 3))
print(pow(-2.0, -1), pow(1.0, float("nan")), pow(float("inf"), 0))
