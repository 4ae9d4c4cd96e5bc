# Identifier-like string constants are interned; equal names share an object.
a = "hello"
b = "hello"
print(a is b)
c = "".join(["hel", "lo"])
print(c == a, c is a)
