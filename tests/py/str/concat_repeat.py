# + and * on strings.
a = "ab"
print(a + "cd", a * 3, 3 * a, repr(a * 0), repr(a * -2), "" + "")
b = a
b += "!"
print(a, b)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
