# eval's errors: syntax, names, types.
for src in ['1 +', 'undefined_name', '1 / 0']:
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    eval('1', [])
except TypeError as e:
    print(e)
