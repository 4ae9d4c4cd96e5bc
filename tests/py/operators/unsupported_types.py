# Operators on incompatible types raise TypeError with the operand types.
cases = [("1 + 'a'", 1, "a"), ("'a' - 'b'", "a", "b"), ("[] * 1.5", [], 1.5), ("None + 1", None, 1)]
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    2 ** "x"
except TypeError as e:
    print(type(e).__name__, e)
print(len(cases))
