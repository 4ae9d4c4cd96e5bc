a, b, c = 1, 2, "s"
x = a + b * c
