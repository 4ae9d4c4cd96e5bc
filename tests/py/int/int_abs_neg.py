# abs and negation at the 64-bit boundary.
m = -9223372036854775808
print(abs(m), -m, m - 1, abs(-5), abs(0))
print(-(-9223372036854775807 - 1))
