a = b'abc'
b = b'abc'
print(a is b, a == b)
def f():
    return b'xyz'
print(f() is f(), f())
t = (b'a', b'b')
print(t, b'a' b'b' b'\x00', rb'\n', br'\x41', B'Q')
print(b'\101\x41\n\t\\' == b'AA\n\t\\', len(b'\n'))
