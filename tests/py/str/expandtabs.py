# expandtabs with the default and a given size.
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
