# __getattribute__ intercepts every attribute access.
class Spy:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name != "log":
            print("access", name)
        return object.__getattribute__(self, name)

    def log(self):
        return "log"

s = Spy()
print(s.a)
print(s.log())
try:
    s.missing
except AttributeError as e:
    print(type(e).__name__, e)
