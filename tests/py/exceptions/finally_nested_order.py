# Nested finally blocks run innermost first.
def f():
    try:
        try:
            try:
                raise KeyError("x")
            finally:
                print("inner finally")
        finally:
            print("middle finally")
    except KeyError:
        print("handled")
    finally:
        print("outer finally")

f()
