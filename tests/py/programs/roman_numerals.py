# Convert to and from Roman numerals, with a round-trip check.
values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
single = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: " + str(n))
    out = ""
    for value, letters in values:
        while n >= value:
            out += letters
            n -= value
    return out

def from_roman(s):
    total = 0
    for i in range(len(s)):
        v = single[s[i]]
        if i + 1 < len(s) and single[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(n, to_roman(n), from_roman(to_roman(n)))
ok = True
for n in range(1, 4000):
    if from_roman(to_roman(n)) != n:
        ok = False
print("round trip:", ok)
for bad in (0, 4000):
    try:
        to_roman(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    from_roman("ABC")
except KeyError as e:
    print(type(e).__name__, e)
