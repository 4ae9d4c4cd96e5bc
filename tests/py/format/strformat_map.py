# str.format_map looks names up in one mapping.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

print('{a} {b}'.format_map({'a': 1, 'b': 2}))
print('{a[0]} {a[1]:>3}'.format_map({'a': 'xy'}))
print('{x:{w}}|'.format_map({'x': 'v', 'w': 4}))
check(lambda: '{}'.format_map({'a': 1}))
check(lambda: '{0}'.format_map([5]))
check(lambda: '{z}'.format_map({'a': 1}))
check(lambda: '{a}'.format_map())
check(lambda: '{a}'.format_map({}, {}))
