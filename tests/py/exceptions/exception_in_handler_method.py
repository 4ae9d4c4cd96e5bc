# Exceptions propagate out of methods through several frames.
class Parser:
    def parse(self, text):
        return [self.item(t) for t in text.split(",")]

    def item(self, t):
        return int(t)

p = Parser()
print(p.parse("1,2,3"))
try:
    p.parse("1,x,3")
except ValueError as e:
    print(type(e).__name__, e)
