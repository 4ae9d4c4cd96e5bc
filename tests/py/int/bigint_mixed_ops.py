# Big ints mixed with small ones, negatives, comparisons.
big = 123456789012345678901234567890
print(big + 1, big - big, -big, big * -3)
print(big > 2 ** 64, big < -big, big == 123456789012345678901234567890)
print(big // 7, big % 7, -big // 7, -big % 7)
print(abs(-big), big & 0xFFFF, big >> 40, big << 3)
print(divmod(big, 10 ** 10))
