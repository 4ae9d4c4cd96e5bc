print(hash(b''), hash(b'a'), hash(b'abc'), hash(b'hello world'))
print(hash(b'\xff' * 100), hash(bytes(range(256))))
d = {b'b': 2, b'a': 1, b'c': 3}
print(d, d[b'a'])
print(list({b'x': 0, b'y': 1, b'zz': 2}))
