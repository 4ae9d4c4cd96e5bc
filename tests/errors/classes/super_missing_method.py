# super() lookup of a method the parent lacks.
class Base:
    pass

class Child(Base):
    def run(self):
        return super().run()

Child().run()
