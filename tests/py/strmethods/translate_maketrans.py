# maketrans builds tables; translate maps, replaces and deletes.
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()))
print('abcdef'.translate(t), 'hello'.translate({104: 'J', 101: None, 108: 76}), 'abc'.translate({}))
print(str.maketrans({'a': '1', 98: None}), ''.maketrans('', ''))
print('abc'.translate(['A', 'B', 'C'] * 40))
