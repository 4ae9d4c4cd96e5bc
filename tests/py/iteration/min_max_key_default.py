print(min(3, 1, 2), max([3, 1, 2]), max("hello"))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len))
print(min([], default="empty"), max((), default=None))
print(max([1, 2], default=0))
print(max([(1, "b"), (1, "a")]), min([2, 1, 1.0, 1]))
print(max({"a": 3, "b": 5}.items(), key=lambda kv: kv[1]))
for call in [lambda: min([]), lambda: max(), lambda: min(1, 2, default=0), lambda: max(5)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
