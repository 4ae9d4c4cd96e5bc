# A dict subclass that counts with __missing__ storing the default.
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

    def add(self, key):
        self[key] += 1

c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(c)
print(c["dog"], len(c))
