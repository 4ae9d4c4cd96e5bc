# ascii() escapes non-ASCII characters of the repr.
def check(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for v in ['plain', 'é', 'ü\n', '日本', '\U0001f600', '\x00\x7f\x80\xff', 'a\u0100b', ['ñ', ('ö',)], {'ß': 'ẞ'}, 42, None]:
    print(ascii(v))
print(ascii('é') == "'\\xe9'", len(ascii('\U0001f600')))
check(ascii)
check(ascii, 1, 2)
