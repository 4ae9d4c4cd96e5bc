# Ints from -5 to 256 are shared objects; 257 computed at runtime is a new one.
a = int("256")
b = int("256")
print(a is b)
c = int("257")
d = int("257")
print(c is d, c == d)
e = int("-5")
f = int("-5")
print(e is f)
g = int("-6")
h = int("-6")
print(g is h)
x = 10
y = 10
print(x is y)
hundred = 100
print(int("100") is hundred)
