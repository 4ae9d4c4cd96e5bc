# Type 'c' turns an int into its character.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for v in [65, 97, 48, 233, 0x263a, 0x1f600]:
    print(repr(format(v, 'c')), repr(format(v, '>3c')), repr(format(v, '*^5c')))
print(repr(format(65, '05c')))
check(format, -1, 'c')
check(format, 0x110000, 'c')
check(format, 65, '+c')
check(format, 65, '#c')
check(format, 65, ',c')
