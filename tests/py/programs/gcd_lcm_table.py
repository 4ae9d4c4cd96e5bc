# Euclid's algorithm, extended form, and a small table.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), lcm(4, 6), egcd(240, 46))
for a in range(1, 7):
    row = []
    for b in range(1, 7):
        row.append(str(gcd(a, b)))
    print(" ".join(row))
total = 1
for n in range(1, 21):
    total = lcm(total, n)
print(total, gcd(2 ** 100, 6 ** 50))
