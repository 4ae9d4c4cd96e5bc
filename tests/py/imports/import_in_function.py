# An import inside a function binds a local name; the module is cached.
def f():
    import sys
    return sys
s1 = f()
import sys
print(s1 is sys)
try:
    print(g_sys)
except NameError as e:
    print(type(e).__name__, e)
