import operator


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.meta = Meta(x + y)


class Meta:
    def __init__(self, tag):
        self.tag = tag


pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
gx = operator.attrgetter('x')
print(gx, [gx(p) for p in pts])
gxy = operator.attrgetter('x', 'y')
print(gxy, [gxy(p) for p in pts])
gt = operator.attrgetter('meta.tag')
print(gt, [gt(p) for p in sorted(pts, key=gt)])
try:
    operator.attrgetter('z')(pts[0])
except AttributeError as e:
    print('AttributeError', e)

rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
g1 = operator.itemgetter(1)
print(g1, sorted(rows, key=g1))
g02 = operator.itemgetter(0, 2)
print(g02, [g02(r) for r in rows])
print(operator.itemgetter('k')({'k': 'v'}), operator.itemgetter(slice(1, 3))('hello'))
print(operator.itemgetter(-1)([1, 2, 3]))

up = operator.methodcaller('upper')
print(up, up('abc'))
sp = operator.methodcaller('split', ',', maxsplit=1)
print(sp, sp('a,b,c'))
rp = operator.methodcaller('replace', 'a', 'o')
print(rp, rp('banana'))
