def show(e):
    print(type(e).__name__, e,
          "cause:", repr(e.__cause__),
          "context:", repr(e.__context__),
          "suppress:", e.__suppress_context__)

try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
except ValueError as e:
    show(e)

try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from k
except ValueError as e:
    show(e)
    print(e.__cause__ is e.__context__)

try:
    raise ValueError("cls") from TypeError
except ValueError as e:
    show(e)

try:
    raise ValueError from None
except ValueError as e:
    show(e)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)

try:
    raise 5
except TypeError as e:
    print("TypeError", e)

e = ValueError("reuse")
e.__cause__ = KeyError()
try:
    raise e from None
except ValueError as x:
    show(x)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as z2:
    show(z2)
