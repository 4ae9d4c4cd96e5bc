print(b'a' < b'b', b'a' == b'a', b'ab' > b'a', b'a' != b'a', b'a' == 'a', b'a' != 'a')
print(b'ab' <= b'ab', b'ab' >= b'abc', b'' < b'\x00', b'\xff' > b'\x7f')
print(sorted([b'b', b'a', b'ab', b'', b'\x80']), max(b'az'), min([b'q', b'p']))
try:
    b'a' < 'a'
except TypeError as e:
    print(e)
