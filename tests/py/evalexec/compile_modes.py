# compile in its three modes.
c = compile('3 * 4', '<s>', 'eval')
print(eval(c), type(c).__name__)
code = compile('q = 7\nr = q * 6', 'file', 'exec')
d = {}
exec(code, d)
print(d['r'])
exec(compile('1 + 1', '<single>', 'single'))
try:
    compile('x', 'f', 'bad')
except ValueError as e:
    print(e)
