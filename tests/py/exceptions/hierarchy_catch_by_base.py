# A handler for a base class catches built-in subclasses.
def trigger(n):
    if n == 0:
        return 1 / 0
    if n == 1:
        return {}["k"]
    if n == 2:
        return [][1]
    if n == 3:
        return int("x")
    if n == 4:
        return undefined_name

for n in range(5):
    try:
        trigger(n)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    except LookupError as e:
        print("lookup", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__)
