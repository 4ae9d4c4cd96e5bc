# Blank lines and comments at any column do not affect indentation.
x = 0
if True:

    x = 1
# a comment at column 0 inside the block
        # an over-indented comment
    x = x + 1

print(x)
