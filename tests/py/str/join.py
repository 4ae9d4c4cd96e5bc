# str.join over lists and tuples, with errors for non-strings.
print("-".join(["a", "b", "c"]), ", ".join(("x", "y")), repr("".join([])), "+".join("abc"))
print("".join(["only"]), " ".join(reversed(["c", "b", "a"])))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
