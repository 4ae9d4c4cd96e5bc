import sys

def helper():
    raise

try:
    try:
        raise ValueError("orig")
    except ValueError:
        helper()
except ValueError as e:
    print("reraised from nested function:", repr(e))

try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        raise
except KeyError as e:
    print("bare raise after nested handler:", repr(e))

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def f():
    try:
        raise ValueError(1)
    except ValueError:
        def g():
            raise
        g()

try:
    f()
except ValueError as e:
    print("caught", repr(e))

try:
    try:
        raise TypeError("t")
    finally:
        print("finally runs")
except TypeError:
    print("outer")
