# Specs that float rejects.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ['d', 'x', 'c', 's', 'b', ',n', '_n', '.', 'abc', '=,c', '.99999999999999999999']:
    check(format, 1.5, spec)
