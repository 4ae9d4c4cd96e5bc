# printf-style %c and string precision and width.
print('%c%c%c' % (72, 'i', 0x263a))
print('[%3c] [%-3c] [%05c]' % ('x', 'y', 'z'))
print('[%10.4s] [%-10r] [%.3r] [%5s] [%-5s] [%05s]' % ('abcdef', 'a', 'abc', 'ab', 'cd', 'e'))
print('[%.0s] [%.10s]' % ('gone', 'short'))
