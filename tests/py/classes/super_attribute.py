# super() proxies plain attributes too, and has a repr-free type name.
class A:
    greeting = "hello"

class B(A):
    greeting = "hi"

    def both(self):
        return self.greeting + " / " + super().greeting

b = B()
print(b.both())
s = super(B, b)
print(type(s).__name__)
print(s.greeting)
