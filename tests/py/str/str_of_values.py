# str() of values of every foundation type.
print(str(1), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print(str("x"), repr(str()), str(range(3)), str(1e100))
