# A manager object can be used several times.
class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self.entered

    def __exit__(self, *a):
        self.exited += 1

c = Counter()
for _ in range(3):
    with c as n:
        print("inside", n)
print(c.entered, c.exited)
