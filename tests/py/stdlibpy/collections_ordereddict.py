import collections

o = collections.OrderedDict()
print(o)
o['b'] = 2
o['a'] = 1
o['c'] = 3
print(o, list(o), list(reversed(o)))
o.move_to_end('b')
print(o)
o.move_to_end('c', last=False)
print(o)
print(o.popitem(), o.popitem(last=False), o)
x = collections.OrderedDict(a=1, b=2)
y = collections.OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, x != y)
print(collections.OrderedDict.fromkeys('abc', 0))
try:
    collections.OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    x.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
z = x.copy()
z['c'] = 3
print(z, x, isinstance(z, dict), type(z).__name__)
z.update([('a', 10), ('d', 4)])
print(z, z.pop('b'), z)
print(x | {'c': 5})
