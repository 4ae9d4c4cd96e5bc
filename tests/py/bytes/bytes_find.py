print(b'abc'.find(b'c'), b'abcabc'.rfind(b'b'), b'abc'.find(b'z'), b'abc'.rfind(b'z'))
print(b'abcabc'.find(b'c', 3), b'abcabc'.find(b'c', -2, -1), b'abc'.find(b'', 5), b'abc'.find(b'', 3), b'abc'.rfind(b''))
print(b'abc'.find(98), b'abc'.index(99), b'abcb'.rindex(98), b'abc'.find(b'b', None, None))
for f in [lambda: b'a'.index(b'z'), lambda: b'a'.rindex(b'z'), lambda: b'a'.find(300), lambda: b'a'.find('a'),
          lambda: b'a'.find(), lambda: b'a'.find(b'a', 'x'), lambda: b'a'.find(b'a', 0, 1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
