# printf-style % errors and their messages.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

def pct(fmt, args):
    return fmt % args
cases = [
    ('%s %s', (1,)), ('%s', (1, 2)), ('abc', 5), ('', (1,)), ('%s', ()), ('%d', 'a'), ('%d', None),
    ('%x', 1.5), ('%o', 'a'), ('%f', 'a'), ('%c', 'ab'), ('%c', -1), ('%c', 1.5), ('%c', 0x110000),
    ('%(a)s', 5), ('%(a', {'a': 1}), ('%', ()), ('%y', 1), ('%5%', (1,)), ('%-5%|', ()),
    ('%(a)s', {'b': 1}), ('%(a)s %s', {'a': 1}), ('%*d', ('a', 1)), ('%.*f', ('x', 1.0)),
    ('%(x)s', []), ('ab%é', (1,)), ('%(a)*d', {'a': 1}), ('%l', (1,)), ('%s %', (1,)),
]
for fmt, args in cases:
    print(repr(fmt), end=' ')
    check(pct, fmt, args)
check(lambda: 5 % 'a')
check(lambda: [] % 'a')
