# count of non-overlapping occurrences.
print("banana".count("a"), "banana".count("an"), "aaaa".count("aa"), "abc".count(""))
print("banana".count("a", 2), "banana".count("a", 2, 4), "".count("x"))
