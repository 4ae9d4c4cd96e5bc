# rsplit splits from the right.
print("a b c d".rsplit(None, 1), "a,b,c".rsplit(",", 1), "a,b,c".rsplit(","))
print("  x  y  ".rsplit(), "abc".rsplit("b", 0))
