# Larger sets: order and membership after many inserts and deletes.
s = set()
for i in range(0, 3000, 7):
    s.add(i * 31 % 1009)
print(len(s), sum(s))
print(list(s)[:20])
for i in range(0, 1009, 3):
    s.discard(i)
print(len(s), list(s)[:20])
words = set()
for i in range(200):
    words.add('w' + str(i * i % 97))
print(len(words), list(words)[:15])
print(set(map(str, range(30))))
