# None, True, False are singletons.
import sys
x = None
print(x is None, (1 == 1) is True, bool(0) is False)
print(sys.getrefcount(None) > 100, sys.getrefcount(True) > 10)
