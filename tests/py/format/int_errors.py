# Specs that int rejects, with python's messages.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ['.2', 'z', 's', 'y', '.2d', ',_', '_,', ',n', '_n', ',x', ',o', 'abc', 'dd', '.', '\x01', ',\xe9', '99999999999999999999d']:
    check(format, 5, spec)
