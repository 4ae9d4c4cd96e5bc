print(b'aaaa'.count(b'aa'), b'abc'.count(b''), b'abc'.count(b'', 1), b'abc'.count(97), b'ababab'.count(b'ab', 1), b''.count(b''))
print(b'abcabc'.count(b'c', 0, -1), b'abc'.count(b'', 10))
try:
    b'a'.count('a')
except TypeError as e:
    print(e)
