import sys

def holder(x):
    y = x
    raise ValueError("holding")

x = []
before = sys.getrefcount(x)
try:
    holder(x)
except ValueError as e:
    during = sys.getrefcount(x)
    print(during > before)
print(sys.getrefcount(x) == before)

def local_scope():
    z = []
    b = sys.getrefcount(z)
    try:
        holder(z)
    except ValueError:
        pass
    return sys.getrefcount(z) - b

print(local_scope())

def keep_exc():
    z = []
    b = sys.getrefcount(z)
    try:
        holder(z)
    except ValueError as e:
        saved = e
    d = sys.getrefcount(z) - b
    del saved
    return d, sys.getrefcount(z) - b

print(keep_exc())

obj = object()
b = sys.getrefcount(obj)
for i in range(100):
    try:
        try:
            holder(obj)
        finally:
            pass
    except ValueError:
        pass
print(sys.getrefcount(obj) - b)
