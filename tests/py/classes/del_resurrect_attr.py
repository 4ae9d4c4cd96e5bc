# __del__ may read the object's attributes; it runs once.
class Acc:
    log = []

    def __init__(self, v):
        self.v = v

    def __del__(self):
        Acc.log.append(self.v)

for i in range(4):
    a = Acc(i)
del a
print(Acc.log)
