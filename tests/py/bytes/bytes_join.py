print(b'x'.join([b'a', b'b', b'c']), b''.join([]), b','.join([b'one']), b'-'.join((b'a', b'')), b'ab'.join(iter([b'1', b'2'])))
for f in [lambda: b'-'.join(['a']), lambda: b'-'.join(1), lambda: b'-'.join([b'a', 2]), lambda: b'a'.join()]:
    try:
        f()
    except TypeError as e:
        print(e)
