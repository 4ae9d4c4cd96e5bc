# Escape sequences in ordinary strings.
print(repr("a\tb\nc\\d"))
print(repr("\x41\x62\101\0end"))
print(repr("\u00e9\u4e2d\U0001F600"))
print(repr("bell\a back\b ff\f vt\v cr\r"))
print("line1\
line2")
