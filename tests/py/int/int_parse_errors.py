# Malformed input to int() raises ValueError with the repr of the text.
for text in ["", " ", "1.5", "abc", "1__0", "_1", "0x", "12a", "--1"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(type(e).__name__, e)
for text, base in [("9", 8), ("g", 16), ("010", 0), ("12", 1), ("12", 37)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
