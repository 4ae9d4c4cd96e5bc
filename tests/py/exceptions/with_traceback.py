# __traceback__ is set when raised and has a line number.
e = ValueError("x")
print(e.__traceback__)
try:
    raise e
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno)
