print(b'hello world'.split(), b'a,b,,c'.split(b','), b'a b  c '.split(None, 1), b'a,b,c'.split(b',', maxsplit=0))
print(b''.split(), b''.split(b','), b'   '.split(), b'a\x0bb\x0cc\x1cd'.split(), b'a--b--c'.split(b'--', 1))
print(b'a b  c '.rsplit(None, 1), b'  a b  c '.rsplit(maxsplit=1), b'a,b,c'.rsplit(b',', 1), b'a,b,c'.rsplit(b','))
print(b'  x  y '.rsplit(), b'xaxbx'.rsplit(b'x'))
for f in [lambda: b'a'.split(b''), lambda: b'a'.split('a'), lambda: b'a'.split(1), lambda: b'a'.rsplit(b'', 1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
