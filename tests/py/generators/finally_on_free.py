def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
g = gen("a")
next(g)
print("dropping a")
del g
print("after a")
for x in gen("b"):
    break
print("after b")
def first(it):
    for x in it:
        return x
print(first(gen("c")))
print("end")
