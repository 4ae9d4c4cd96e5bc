def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(zip([1, 2], 'ab', strict=True)))
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
