e = OSError(2, 'No such file or directory', 'x')
print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename)
e = OSError(2, 'No such file or directory', 'x', None, 'y')
print(e)
print(type(OSError(17, 'exists')).__name__, type(OSError(13, 'denied')).__name__, type(OSError(99999, 'x')).__name__)
print(OSError(1), OSError('a').errno, repr(OSError(2, 'x')))
try:
    raise OSError(2, 'No such file or directory', 'missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
