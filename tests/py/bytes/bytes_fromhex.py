print(bytes.fromhex(''), bytes.fromhex('  aB cd  '), bytes.fromhex('abcd'), bytes.fromhex('01 ff ab'), b''.fromhex('41'))
for s in ['zz', 'a', '0 1', 'abc', '12 3g']:
    try:
        bytes.fromhex(s)
    except ValueError as e:
        print(e)
for args in [(b'aa',), ()]:
    try:
        bytes.fromhex(*args)
    except TypeError as e:
        print(e)
