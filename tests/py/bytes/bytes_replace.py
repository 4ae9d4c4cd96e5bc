print(b'abc'.replace(b'b', b'XX'), b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b'aaa'.replace(b'a', b'b', 2))
print(b'abc'.replace(b'x', b'y'), b''.replace(b'', b'x'), b'aaaa'.replace(b'aa', b''), b'abc'.replace(b'abc', b''))
for f in [lambda: b'a'.replace('a', b'b'), lambda: b'a'.replace(b'a')]:
    try:
        f()
    except TypeError as e:
        print(e)
