# Names in a class body are not visible to methods as plain names.
x = "global"

class C:
    x = "class"

    def get(self):
        return x

    def get_attr(self):
        return self.x

c = C()
print(c.get())
print(c.get_attr())
