# The is* predicates, including empty strings and Unicode.
words = ["abc", "ABC", "Abc", "123", "", " \t\n", "abc123", "a b", "Title Case", "²", "٣", "é", "_x1"]
for w in words:
    print(repr(w), w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower(),
          w.istitle(), w.isdecimal(), w.isnumeric(), w.isidentifier(), w.isascii())
