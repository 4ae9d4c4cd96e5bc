# break inside finally discards a pending exception.
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded"

print(f())
def g():
    for i in range(2):
        try:
            return "from try"
        finally:
            continue
    return "continue won"

print(g())
