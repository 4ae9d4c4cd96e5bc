# Float presentation types applied to ints.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for spec in ['e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.1%', '10.3e', ',.2f', '+.0f']:
    print(spec, format(12345, spec), format(-7, spec), format(0, spec))
check(format, 10**400, 'f')
