import sys
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('a', 'b', file=w)
print(w.parts)
n = sys.stdout.write('written\n')
print(n)
