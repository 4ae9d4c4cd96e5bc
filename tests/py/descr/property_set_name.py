# property.__set_name__ records the name used in error messages.
class Holder:
    pass

p = property()
try:
    p.__get__(Holder())
except AttributeError as e:
    print(e)
print(p.__set_name__(Holder, "renamed"))
try:
    p.__get__(Holder())
except AttributeError as e:
    print(e)

# Copies keep the name.
q = p.getter(None)
try:
    q.__set__(Holder(), 1)
except AttributeError as e:
    print(e)

try:
    p.__set_name__(Holder)
except TypeError as e:
    print(e)

class Late:
    pass

Late.attr = property()
try:
    Late().attr
except AttributeError as e:
    print(e)
