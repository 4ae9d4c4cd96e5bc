# A string literal with no closing quote.
s = "hello
print(s)
