# Formatting ints beyond 64 bits.
big = 3 ** 100
print(format(big, ''))
print(format(big, ','))
print(format(-big, '_'))
print(format(big, 'x'))
print(format(big, '#X'))
print(format(big, 'b')[:40])
print(format(big, 'o'))
print(format(2**64, '>30'))
print(format(-2**64, '030,'))
print(format(2**100, 'e'), format(2**100, '.3g'), format(2**70, '%'))
