print(b'ab'.center(6, b'*'), b'abc'.center(2), b'abc'.ljust(6, b'.'), b'abc'.rjust(6), b'a'.center(4, b'-'), b'ab'.center(5, b'-'))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+7'.zfill(4), b''.zfill(3), b'abc'.zfill(1), b'-'.zfill(3))
for f in [lambda: b'a'.center(5, 'x'), lambda: b'a'.center(5, b'xy'), lambda: b'a'.center(), lambda: b'a'.zfill('a'),
          lambda: b'a'.ljust(3, b'')]:
    try:
        f()
    except TypeError as e:
        print(e)
