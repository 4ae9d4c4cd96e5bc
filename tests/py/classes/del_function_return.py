# A local object is finalized when its function returns.
class Temp:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)

def work():
    t = Temp("local")
    u = Temp("kept")
    print("working")
    return u

kept = work()
print("returned", kept.tag)
kept = None
print("end")
