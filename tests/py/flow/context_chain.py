def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__context__
    print(" <- ".join(chain))

try:
    try:
        raise ValueError("one")
    except ValueError:
        raise KeyError("two")
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise IndexError("c")
except IndexError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise IndexError("c")
except IndexError as e:
    show(e)

def f():
    raise ZeroDivisionError("in f")

try:
    try:
        raise ValueError("v")
    except ValueError:
        f()
except ZeroDivisionError as e:
    show(e)

# the same exception is not its own context
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    show(e)
    print(e.__suppress_context__, e.__cause__)

# handled exceptions don't chain to later ones
try:
    raise ValueError
except ValueError:
    pass
try:
    raise KeyError("later")
except KeyError as e:
    show(e)

# in else: no context
try:
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError("else")
except KeyError as e:
    show(e)
