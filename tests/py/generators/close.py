def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted")
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catches()
next(c)
c.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
unstarted = gen()
unstarted.close()
print("unstarted closed without cleanup")
