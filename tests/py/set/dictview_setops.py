# Keys and items views act like sets.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.keys() & {'b', 'c', 'z'})
print({'b', 'z'} & d.keys())
print(d.keys() | {'z'})
print(d.keys() - {'a'})
print({'a', 'z'} - d.keys())
print(d.keys() ^ {'a', 'q'})
print(d.items() & {('a', 1), ('b', 9)})
print(d.items() ^ {'x': 1, 'a': 1}.items())
print(d.keys() == {'a', 'b', 'c'}, {'a', 'b', 'c'} == d.keys())
print(d.keys() < {'a', 'b', 'c', 'd'}, d.keys() >= {'a'}, d.keys() != {'a'})
print(d.keys().isdisjoint({'q'}), d.keys().isdisjoint(['a']))
print(d.keys() == {'a': 0, 'b': 0, 'c': 0}.keys())
print([1, 2, 3] - {1: 0}.keys())
e = {'k%d' % i: i for i in range(7)}
print(e.keys() | set(), set(e.keys()), set(e))
