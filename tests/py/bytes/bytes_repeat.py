print(b'ab' * 3, 3 * b'ab', b'x' * 0, b'x' * -1, b'' * 5, b'ab' * True)
x = b'ab'
x *= 2
print(x)
try:
    b'a' * 1.5
except TypeError as e:
    print(e)
try:
    b'a' * (1 << 70)
except OverflowError as e:
    print(e)
