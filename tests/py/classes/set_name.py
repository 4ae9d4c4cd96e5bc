# __set_name__ is called with the owner and attribute name at class creation.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "default " + self.name)

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value

print("defining")
class Record:
    title = Named()
    year = Named()
print("defined")
r = Record()
print(r.title, r.year)
r.title = "Dune"
print(r.title, r.__dict__)
