# Alternate constructors with classmethod.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        parts = [int(p) for p in text.split("-")]
        return cls(parts[0], parts[1], parts[2])

    def __repr__(self):
        return "Date(" + str(self.y) + ", " + str(self.m) + ", " + str(self.d) + ")"

class MyDate(Date):
    pass

print(Date.parse("2024-03-15"))
d = MyDate.parse("1999-12-31")
print(d, type(d).__name__)
