import functools

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 6), 10))
print(functools.reduce(lambda a, b: a + b, [], 'start'))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)

p = functools.partial(int, base=2)
print(p('1011'), p.func is int, p.args, p.keywords)
print(repr(p))
q = functools.partial(max, 3, 9)
print(q(5), q(1, 20), repr(q))
r = functools.partial(q, 50)
print(r.args, r.func is max, r())
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
g = functools.partial(f, 1, d=4)
print(g(2), g(2, 3, d=5), g.keywords)
class MyPartial(functools.partial):
    pass
print(repr(MyPartial(str, 1)).startswith('MyPartial('))
try:
    functools.partial(5)
except TypeError as e:
    print('TypeError:', e)
