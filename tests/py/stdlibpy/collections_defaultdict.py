import collections

d = collections.defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d)
print(d['missing'], d)
print(d.default_factory, isinstance(d, dict), sorted(d.items()))
counts = collections.defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts)
print(collections.defaultdict(), collections.defaultdict(None, {'x': 1}))
dd = collections.defaultdict(int, {'a': 1}, b=2)
print(dd, dd.get('zz'), 'zz' in dd)
nd = collections.defaultdict(lambda: 'N/A')
print(nd['k'], dict(nd))
e = collections.defaultdict(None)
try:
    e['x']
except KeyError as exc:
    print('KeyError', exc)
try:
    collections.defaultdict(1)
except TypeError as exc:
    print('TypeError:', exc)
cp = dd.copy()
cp['c'] += 5
print(cp, dd, type(cp).__name__)
tree = lambda: collections.defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))
