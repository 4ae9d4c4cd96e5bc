print(b'ab' + b'cd', b'' + b'x', b'x' + b'')
x = b'abc'
x += b'def'
print(x)
for bad in ['b', 1, None]:
    try:
        b'a' + bad
    except TypeError as e:
        print(e)
try:
    'b' + b'a'
except TypeError as e:
    print(e)
