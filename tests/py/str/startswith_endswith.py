# startswith/endswith with strings, tuples and ranges.
s = "filename.py"
print(s.startswith("file"), s.startswith("name"), s.endswith(".py"), s.endswith((".c", ".py")))
print(s.startswith("name", 4), s.endswith("name", 0, 8), s.startswith(""), "".endswith(""))
try:
    s.startswith(["f"])
except TypeError as e:
    print(type(e).__name__, e)
