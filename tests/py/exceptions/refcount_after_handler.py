# References held by a handled exception's frame are released after except.
import sys

def fail(obj):
    local = obj
    raise ValueError("x")

payload = ["payload"]
before = sys.getrefcount(payload)
try:
    fail(payload)
except ValueError:
    pass
after = sys.getrefcount(payload)
print(before == after)
try:
    fail(payload)
except ValueError as e:
    during = sys.getrefcount(payload)
print(during > before)
print(sys.getrefcount(payload) == before)
