import collections

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
overrides = {'user': 'admin'}
cm = collections.ChainMap(overrides, defaults)
print(cm)
print(cm['user'], cm['color'], cm.get('nope'), cm.get('nope', 'd'), 'size' in cm, 'x' in cm)
print(len(cm), list(cm), sorted(cm.items()))
cm['size'] = 5
print(overrides, defaults['size'])
child = cm.new_child()
child['color'] = 'blue'
print(child, child['color'], cm['color'])
print(child.parents)
print(cm.new_child({'x': 1}))
print(collections.ChainMap())
print(collections.ChainMap({'a': 1}) == {'a': 1}, dict(collections.ChainMap({'a': 1}, {'b': 2})))
del cm['size']
print(cm, cm['size'])
try:
    del cm['color']
except KeyError as e:
    print('KeyError', e)
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
try:
    collections.ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
print(cm.pop('user'), cm.pop('zz', 'default'), cm)
scope = collections.ChainMap({'x': 1})
inner = scope.new_child({'y': 2})
inner2 = inner.new_child()
inner2['x'] = 99
print(inner2['x'], inner['x'], inner2.maps)
