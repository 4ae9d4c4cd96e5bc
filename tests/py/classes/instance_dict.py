# An instance's __dict__ holds exactly its own attributes.
class P:
    kind = "p"

    def __init__(self):
        self.a = 1
        self.b = "two"

p = P()
print(p.__dict__)
p.c = [3]
print(p.__dict__)
print(type(p.__dict__).__name__)
print("kind" in p.__dict__)
del p.a
print(p.__dict__)
