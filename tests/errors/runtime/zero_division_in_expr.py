# An uncaught ZeroDivisionError inside a larger expression.
a = 10
b = 0
result = a + a / b * 2
print("not reached")
