# exec runs statements in the given or current namespace.
g = {}
exec('y = 5\ndef f(): return y + 1', g)
print(g['y'], g['f'](), '__builtins__' in g)
exec('w = 99')
print(w)
ns = {}
print(exec('a = 1', ns, ns), ns['a'])
