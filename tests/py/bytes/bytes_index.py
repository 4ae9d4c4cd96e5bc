b = b'abc'
print(b[0], b[-1], b[2], type(b[0]).__name__)
for i in [3, -4, 1 << 70]:
    try:
        b[i]
    except IndexError as e:
        print('IndexError', e)
try:
    b['x' * 1]
except TypeError as e:
    print(e)
print(b'abc'[True])
