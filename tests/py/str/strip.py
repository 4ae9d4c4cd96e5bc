# strip, lstrip and rstrip, with and without a character set.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "www.example.com".strip("cmowz."))
