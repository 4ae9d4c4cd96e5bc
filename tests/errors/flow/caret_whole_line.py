def f():
    raise ValueError("whole line: no carets")

f()
