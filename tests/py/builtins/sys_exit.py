import sys
for args in [(), (2,), ('msg',), (None,), ((1, 2),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e), e.args, e.code)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
