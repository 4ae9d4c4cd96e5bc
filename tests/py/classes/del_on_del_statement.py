# __del__ runs as soon as del drops the last reference.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)

r = Res("a")
print("before del")
del r
print("after del")
