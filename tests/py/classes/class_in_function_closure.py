# A class defined in a function sees the function's locals.
def make_class(prefix):
    class Tagged:
        def tag(self, s):
            return prefix + s
    return Tagged

T1 = make_class("a:")
T2 = make_class("b:")
print(T1().tag("x"), T2().tag("y"))
print(T1 is T2)
