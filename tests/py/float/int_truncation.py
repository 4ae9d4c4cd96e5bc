# int() truncates toward zero; large floats convert exactly.
print(int(2.9), int(-2.9), int(1e18), int(1.5e19), int(1e100))
print(int(-0.0), int(0.999999999999))
