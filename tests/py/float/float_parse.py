# float() parsing.
print(float("1.5"), float("  -2.25 "), float("1e3"), float(".5"), float("5."), float("1_0.5"))
print(float(3), float(-0), float(2 ** 60), float("0x10" if False else "16"))
print(float("nan"), float("INF"), float("-Infinity"), float())
for text in ["", "abc", "1.2.3", "1e", "_1.0", "1__0.0", "0x10", "in f"]:
    try:
        print(float(text))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
