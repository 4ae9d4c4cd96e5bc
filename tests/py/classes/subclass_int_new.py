# An int subclass customising __new__.
class Even(int):
    def __new__(cls, value):
        if value % 2:
            value += 1
        return super().__new__(cls, value)

print(Even(3), Even(4), type(Even(5)).__name__)
class Flag(int):
    pass

f = Flag(7)
f.note = "lucky"
print(f, f.note, f * 2)
