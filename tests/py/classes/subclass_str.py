# A str subclass with an extra method; str methods return str.
class Name(str):
    def initials(self):
        return "".join([w[0] for w in self.split()])

n = Name("ada lovelace")
print(n.initials())
print(n.upper(), type(n.upper()).__name__)
print(n == "ada lovelace", len(n), n[0])
print(type(n).__name__, isinstance(n, str))
print(repr(n))
d = {n: 1}
print(d["ada lovelace"])
