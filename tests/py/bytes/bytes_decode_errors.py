cases = [b'\xff', b'\xe2\x82A', b'\xe2\x82', b'\xe0\x80', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'ab\xc3',
         b'\xc0\xaf', b'\xf0\x9f\x98', b'\x80abc']
for b in cases:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(e)
    for h in ['replace', 'ignore', 'backslashreplace']:
        print(h, repr(b.decode('utf-8', h)))
for enc in ['ascii', 'latin-1']:
    try:
        print(repr(b'a\xffb\xfe'.decode(enc)))
    except UnicodeDecodeError as e:
        print(e)
    print(repr(b'a\xffb'.decode(enc, 'replace')), repr(b'a\xffb'.decode(enc, 'ignore')))
for args in [('foo',), ('utf-8', 'foo'), (1,), ('utf-8', 2)]:
    try:
        b'\xff'.decode(*args)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b'x'.decode(errors='replace', encoding='x')
except LookupError as e:
    print(e)
print(issubclass(UnicodeDecodeError, ValueError))
