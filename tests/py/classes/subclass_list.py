# A list subclass keeps list behaviour and adds methods.
class MyList(list):
    def total(self):
        s = 0
        for x in self:
            s += x
        return s

m = MyList([3, 1, 2])
m.append(4)
print(m, len(m), m.total())
m.sort()
print(m, m[0], m[-1])
print(type(m).__name__, isinstance(m, list))
print(m == [1, 2, 3, 4])
print(type(m + [5]).__name__)
print(type(m[1:]).__name__)
m.extra = "attr"
print(m.extra)
