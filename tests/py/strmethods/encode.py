# str.encode with codecs and error handlers.
print('héllo'.encode(), 'abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('ascii', 'replace'))
print('é€'.encode('ascii', 'ignore'), 'é'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
