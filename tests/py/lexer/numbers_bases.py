# Integer literals in every base.
print(0b1011, 0B11, 0o17, 0O777, 0x1F, 0XfF)
print(0, 00, 000, 0x0)
print(0b1111_0000, 0o7_7, 0xdead_beef)
