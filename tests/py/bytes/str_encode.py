print('héllo'.encode(), 'abc'.encode('ascii'), 'aé€😀'.encode('utf-8'), ''.encode())
print('aé€😀'.encode('ascii', 'backslashreplace'), 'aé€😀'.encode('latin-1', 'ignore'), 'aé'.encode(encoding='latin1'))
print('é€'.encode('latin-1', 'replace'), 'é€'.encode('ascii', 'xmlcharrefreplace'), 'x€y'.encode('ascii', 'replace'))
print('\ud800\udc00x'.encode('utf-8', 'replace'), '\udcff'.encode('utf-8', 'backslashreplace'))
for s, enc in [('\xe9', 'ascii'), ('\xe9\xe8x', 'ascii'), ('\u20ac', 'latin-1'), ('abc\u20ac\u20acd', 'latin-1'),
               ('\ud800', 'utf-8'), ('\ud800\udc00x', 'utf-8'), ('😀', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e)
for args in [('nope',), ('ascii', 'nope'), (1,)]:
    try:
        'é'.encode(*args)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print('ok'.encode('ascii', 'nope'))
