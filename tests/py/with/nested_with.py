# Nested with statements.
class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("<" + self.name + ">")
        return self

    def __exit__(self, *a):
        print("</" + self.name + ">")

with Tag("html"):
    with Tag("body"):
        with Tag("p"):
            print("text")
