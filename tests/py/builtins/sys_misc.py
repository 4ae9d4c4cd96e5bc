import sys
print(sys.maxsize, sys.byteorder, sys.platform, sys.getdefaultencoding())
print(sys.version_info[:2], sys.version_info[0] == 3, sys.version.startswith('3.11'))
print(type(sys.argv), type(sys.modules), 'sys' in sys.modules)
s = sys.intern('hello' + ' world')
print(s is sys.intern('hello world'))
try:
    sys.intern(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdout)
print(type(sys.getallocatedblocks()))
