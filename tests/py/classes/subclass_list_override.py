# Overriding append in a list subclass.
class LoggedList(list):
    def append(self, x):
        print("append", x)
        super().append(x)

    def __repr__(self):
        return "LoggedList(" + list.__repr__(self) + ")"

a = LoggedList()
a.append(1)
a.append(2)
a.extend([3])
print(a)
print(len(a), sum(a))
