import sys

def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else None, repr(v), tb is not None)

show("start")
try:
    raise ValueError("a")
except ValueError:
    show("in handler")
    try:
        raise KeyError("b")
    except KeyError:
        show("nested handler")
    show("back in outer handler")
show("after")

def from_function():
    show("callee")

try:
    raise TypeError("t")
except TypeError:
    from_function()

def break_from_except():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            break
    show("after break")

break_from_except()

def continue_from_except():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError:
            continue
        finally:
            show("finally " + str(i))
    show("after loop")

continue_from_except()

def return_from_except():
    try:
        raise ValueError
    except ValueError:
        return "r"
    finally:
        show("finally of return")

print(return_from_except())
show("after return")

try:
    try:
        raise IndexError("in try")
    finally:
        show("finally during exception")
except IndexError:
    pass

def reraise_sees():
    try:
        raise ValueError("inner")
    except ValueError:
        def g():
            show("g")
            raise
        g()

try:
    reraise_sees()
except ValueError as e:
    show("caught " + str(e))
show("end")
