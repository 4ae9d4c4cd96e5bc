# Title-case names, build initials, reverse words and detect palindromes.
names = ["ada lovelace", "  alan   turing ", "grace brewster hopper", "edsger w. dijkstra"]
for raw in names:
    parts = raw.split()
    pretty = " ".join(reversed(parts))
    initials = ""
    for p in parts:
        initials = initials + p[0].upper() + "."
    print(repr(raw.strip().title()), initials, pretty)

def is_palindrome(s):
    letters = ""
    for ch in s.lower():
        if ch.isalnum():
            letters += ch
    return letters == letters[::-1]

for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(is_palindrome(s), repr(s))
csv = "name,qty,price\napple,3,0.5\npear,10,0.25\nfig,1,2.0"
rows = csv.split("\n")
header = rows[0].split(",")
total = 0.0
for row in rows[1:]:
    fields = row.split(",")
    total += int(fields[1]) * float(fields[2])
print(header, total)
