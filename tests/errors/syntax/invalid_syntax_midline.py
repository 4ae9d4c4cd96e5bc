# Two expressions with no operator between them.
a = 1
b = a a
