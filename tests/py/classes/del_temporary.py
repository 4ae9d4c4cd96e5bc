# A temporary object is finalized right after the expression uses it.
class T:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("del", self.v)

    def get(self):
        return self.v

print("value", T(1).get())
print("next")
T(2)
print("after bare expression")
