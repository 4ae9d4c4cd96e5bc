# index and rindex raise ValueError when absent.
s = "abracadabra"
print(s.index("c"), s.rindex("a"), s.index("bra", 2))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("z")
except ValueError as e:
    print(type(e).__name__, e)
