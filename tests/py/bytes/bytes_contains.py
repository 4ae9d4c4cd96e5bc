print(104 in b'hi', b'h' in b'hi', b'' in b'hi', b'hi' in b'hi', b'ih' in b'hi', 0 in b'a\x00', 255 in b'\xff')
try:
    'a' in b'abc'
except TypeError as e:
    print(e)
for v in [300, -1]:
    try:
        v in b'abc'
    except ValueError as e:
        print(e)
