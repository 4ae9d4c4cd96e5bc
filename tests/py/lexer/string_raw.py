# Raw strings keep backslashes.
print(r"a\nb", len(r"a\nb"))
print(R'\d+\.\d*')
print(repr(r"\\"))
print(r"quote \" stays")
