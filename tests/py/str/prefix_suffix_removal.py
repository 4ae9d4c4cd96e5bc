# removeprefix and removesuffix.
print("test_case".removeprefix("test_"), "test_case".removesuffix("_case"), "abc".removeprefix("x"))
