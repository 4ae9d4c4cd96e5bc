# object.__format__: empty spec is str(), anything else is an error.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

print(format(None), format(None, ''), format([1, 2]), format((1,), ''), format({'a': 1}))
check(format, None, 's')
check(format, [], 'x')
check(format, (), '>10')
check(format, {}, '')
print(f"{None}", f"{[1, 2]!r}", '{}'.format(None))
check('{:>5}'.format, None)
