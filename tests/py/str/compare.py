# Lexicographic comparison by code point.
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z")
print("abc" == "abc", "abc" != "ABC", "b" >= "abc", "a" <= "a")
print(sorted(["pear", "Apple", "banana", "apple", "Banana"]))
print(max("hello"), min("hello"))
