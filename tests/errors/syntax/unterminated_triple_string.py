# A triple-quoted string that runs to the end of the file.
x = 1
doc = """starts here
and never ends
