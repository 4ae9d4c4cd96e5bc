# Equality between unrelated types is False; ordering raises TypeError.
print(1 == "1", 1 != "1", [] == (), None == 0)
print(1 == 1.0, True == 1, False == 0.0)
try:
    print(1 < "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > None)
except TypeError as e:
    print(type(e).__name__, e)
