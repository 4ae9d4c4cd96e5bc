print(b'a-b-c'.partition(b'-'), b'a-b-c'.rpartition(b'-'), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
print(b'a::b'.partition(b'::'), b''.partition(b'a'))
for f in [lambda: b'a'.partition(b''), lambda: b'a'.partition('a'), lambda: b'a'.rpartition()]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
