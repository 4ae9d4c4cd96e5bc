# The builtin format(): argument checking.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

print(format(5), format(5, ''), format('x'), format(2.5))
check(format, 1, 2)
check(format, 1, None)
check(format)
check(format, 1, '', 3)
check(lambda: format(1, format_spec='x'))
