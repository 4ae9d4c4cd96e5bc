# int() with bases, signs, whitespace and underscores.
print(int("42"), int("  -17  "), int("+5"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0b101", 0), int("0o17", 0))
print(int("z", 36), int("Z", 36), int("777", 8), int("101", 2))
print(int("  0x_1f ", 16), int("00", 0), int("0", 0))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int(), int("12345678901234567890123"))
