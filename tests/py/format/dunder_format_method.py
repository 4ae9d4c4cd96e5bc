# Calling __format__ directly.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

print((255).__format__('x'), (2.5).__format__('.3f'), 'ab'.__format__('>4'), object.__format__(3, ''))
check((1).__format__)
check((1).__format__, 2)
check((1.0).__format__, None)
check('a'.__format__)
check('a'.__format__, 'a', 'b')
check(object().__format__, 'x')
print(int.__format__(10, 'b'), float.__format__(0.5, '%'), str.__format__('q', '^3'))
