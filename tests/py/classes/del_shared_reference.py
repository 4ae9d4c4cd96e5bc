# __del__ waits until the last of several references goes.
class Res:
    def __del__(self):
        print("finalized")

a = Res()
b = a
c = [a]
del a
print("a deleted")
del b
print("b deleted")
c.pop()
print("popped")
