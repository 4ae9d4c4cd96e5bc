# upper, lower, capitalize, title, swapcase, casefold.
s = "hello World ß"
print(s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("ÉCOLE".lower(), "straße".upper(), "they're bill's".title())
