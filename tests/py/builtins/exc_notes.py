e = ValueError('x')
print(hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(1)
except TypeError as err:
    print(type(err).__name__, err)
print(e.with_traceback(None) is e)
e.args = [1, 2]
print(e.args, repr(e))
