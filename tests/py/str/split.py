# split with and without a separator, and maxsplit.
print("a b  c\td\n".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "".split(), "".split(","))
print("  lead and trail  ".split(), "x".split("x"), "aXbXc".split("X", maxsplit=1))
print("a  b  c".split(" "), "1<>2<>3".split("<>"))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
