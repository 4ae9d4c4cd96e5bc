# in and not in test substrings.
s = "hello world"
print("o w" in s, "hello" in s, "" in s, "xyz" in s, "world!" not in s)
try:
    1 in s
except TypeError as e:
    print(type(e).__name__, e)
