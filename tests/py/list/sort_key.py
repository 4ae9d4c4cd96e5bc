# sort with a key function, and with key and reverse together.
def second(pair):
    return pair[1]
def neg(n):
    return -n
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=len), sorted(words, key=str.lower))
pairs = [(1, "b"), (2, "a"), (3, "c")]
print(sorted(pairs, key=second), sorted(pairs, key=second, reverse=True))
a = [3, 1, 2]
a.sort(key=neg)
print(a)
