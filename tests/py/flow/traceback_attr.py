import sys

def inner():
    raise ValueError("deep")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)

e = ValueError()
print(e.__traceback__)

try:
    try:
        raise KeyError
    except KeyError as k:
        n1 = 0
        t = k.__traceback__
        while t:
            n1 += 1
            t = t.tb_next
        raise
except KeyError as k2:
    n2 = 0
    t = k2.__traceback__
    while t:
        n2 += 1
        t = t.tb_next
    print(n1, n2)

def reraiser():
    try:
        inner()
    except ValueError:
        raise

try:
    reraiser()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_lineno)
        tb = tb.tb_next
