# One handler for several exception types.
def risky(n):
    if n == 0:
        return 1 // 0
    if n == 1:
        return [][1]
    return {}["k"]
for n in range(3):
    try:
        risky(n)
    except (ZeroDivisionError, IndexError) as e:
        print("arith or index:", type(e).__name__)
    except KeyError as e:
        print("key:", e)
