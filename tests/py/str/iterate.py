# Iterating yields one-character strings.
for ch in "héllo":
    print(ch, ord(ch))
print(list("abc"), tuple("xy"))
