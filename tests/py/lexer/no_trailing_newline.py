# The last line has no newline character.
print("last line")