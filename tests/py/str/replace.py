# replace all, with a count, and with the empty string.
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("x", "y"))
print("abc".replace("", "-"), "banana".replace("ana", "*"), "hello".replace("l", ""))
print("a.b.c".replace(".", "::", 1), "aaa".replace("a", "aa", -1))
