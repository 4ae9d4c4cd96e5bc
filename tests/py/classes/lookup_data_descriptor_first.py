# A data descriptor on the class wins over the instance dict.
class Loud:
    def __get__(self, obj, owner):
        return "descriptor"

    def __set__(self, obj, value):
        print("set via descriptor", value)

class C:
    attr = Loud()

c = C()
c.__dict__["attr"] = "instance"
print(c.attr)
c.attr = 5
print(c.__dict__)
