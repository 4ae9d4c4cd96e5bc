# Stacked decorators apply bottom-up.
def tag(label):
    def deco(fn):
        print("decorating with", label)
        def wrapper():
            return label + "(" + fn() + ")"
        return wrapper
    return deco

@tag("a")
@tag("b")
@tag("c")
def base():
    return "x"

print(base())
