# Sorting mixed types fails; keyword-only arguments.
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(len)
except TypeError as e:
    print(type(e).__name__, e)
