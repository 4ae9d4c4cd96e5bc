# str and repr of exceptions with zero, one and several args.
for e in [ValueError(), ValueError("msg"), ValueError("a", 1),
          KeyError("k"), KeyError(), KeyError("a", "b"),
          IndexError(3), RuntimeError(None), Exception([1, 2])]:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("y", "z")
print(str(e), repr(e))
