# Lists and dicts cannot be keys.
for bad in ([1], {"a": 1}):
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {}.get([])
except TypeError as e:
    print(type(e).__name__, e)
