# Every augmented operator on ints.
x = 100
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 7; print(x)
x %= 10; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1; print(x)
x /= 4; print(x)
