print(b'hello'.startswith(b'he'), b'hello'.startswith((b'x', b'he')), b'hello'.endswith(b'lo', 0, 5))
print(b'hello'.startswith(b'', 5), b'hello'.startswith(b'', 6), b'hello'.endswith(b'l', 0, -1), b'hello'.endswith(()))
print(b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'), b'abc'.removeprefix(b'x'), b'abc'.removesuffix(b''))
for f in [lambda: b'a'.startswith('a'), lambda: b'a'.endswith(['a']), lambda: b'abc'.startswith((b'x', 1)),
          lambda: b'a'.removeprefix('a'), lambda: b'a'.removesuffix(1)]:
    try:
        f()
    except TypeError as e:
        print(e)
