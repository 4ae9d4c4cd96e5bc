import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))

print(string.capwords('hello   wide world'))
print(string.capwords('  leading and trailing  '))
print(string.capwords('ALL CAPS here'))
print(string.capwords('a-b-c dash', '-'))
print(repr(string.capwords('')))
print(all(c in string.printable for c in 'Hello, World!\n'))
