# Specs that str rejects.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ['d', '+', '-', ' ', 'z', '#', '=', '=10', ',', '_', '+#', 'z#', '=#', 'abc', 'x', '.']:
    check(format, 'text', spec)
