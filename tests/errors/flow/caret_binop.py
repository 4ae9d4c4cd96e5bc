a = 1
b = "x"
c = 2
d = a + b * c - a
