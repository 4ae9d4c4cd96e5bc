b = b'abcdef'
print(b[1:4], b[::2], b[::-1], b[-2::-2], b[10:0:-3], b[5:], b[:-1], b[3:1], b[:])
print(b[1:2:1], b[-100:100], b[::3])
try:
    b[1:2:0]
except ValueError as e:
    print(e)
