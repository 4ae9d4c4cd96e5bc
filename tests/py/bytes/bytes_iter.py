for x in b'ab':
    print(x)
print(list(b'hi'), len(b'hello'), len(b''), tuple(b'\x00\xff'))
it = iter(b'abc')
next(it)
print(it.__length_hint__(), type(it).__name__, list(it), list(it))
print(sum(b'\x01\x02\x03'), sorted(b'cab'), [c for c in b'xy'])
