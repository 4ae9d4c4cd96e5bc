# // rounds toward minus infinity; % takes the sign of the divisor.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(0 // 5, 0 % -5)
