print(b'abc'.upper(), b'ABC'.lower(), b'a\xe9B1'.upper(), b'A\xc9b'.lower())
print(b'hello world foo'.title(), b'hELLO'.capitalize(), b'HeLLo'.swapcase(), b'a1b'.title(), b"they're".title())
print(b'123'.isdigit(), b'abc'.isalpha(), b'a1'.isalnum(), b' \t'.isspace(), b'AB'.isupper(), b'ab'.islower())
print(b''.isdigit(), b'1a'.isdigit(), b'A1'.isupper(), b'a1'.islower(), b'1'.isupper(), b'\xe9'.isalpha(), b'\x80'.isascii(), b'a'.isascii())
try:
    b'a'.upper(1)
except TypeError as e:
    print(e)
