# ord and chr round-trip, with their errors.
print(ord("A"), ord("é"), ord("€"), chr(65), chr(233), chr(8364), chr(0x1F600))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
