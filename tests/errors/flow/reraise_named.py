def f():
    try:
        int("z")
    except ValueError as e:
        raise e

f()
