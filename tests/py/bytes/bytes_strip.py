print(b'  x  '.strip(), b'xxaxx'.strip(b'x'), b'xxaxx'.lstrip(b'x'), b'xxaxx'.rstrip(b'x'), b' a '.lstrip(None))
print(b'abc'.strip(b''), b'\t\n a \r\x0b\x0c'.strip(), b'abcba'.strip(b'ab'), b''.strip())
for f in [lambda: b'a'.strip('a'), lambda: b'a'.strip(1, 2)]:
    try:
        f()
    except TypeError as e:
        print(e)
