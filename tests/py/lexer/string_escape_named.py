# skip: \N{name} escapes are not supported by ouro yet (docs/subset.md)
# Named Unicode escapes.
print(len("\N{BULLET}"), repr("\N{LATIN SMALL LETTER A}"))
