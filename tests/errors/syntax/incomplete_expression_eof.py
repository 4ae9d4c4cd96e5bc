# An operator with no right operand at the end of the file.
x = 1 +
