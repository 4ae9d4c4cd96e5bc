# An exception raised inside __repr__ when printing.
class Broken:
    def __repr__(self):
        return "Broken(" + self.name + ")"

print([Broken()])
