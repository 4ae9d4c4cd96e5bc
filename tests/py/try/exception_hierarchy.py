# isinstance relations among built-in exceptions.
print(isinstance(KeyError(), LookupError), isinstance(IndexError(), LookupError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(OverflowError(), ArithmeticError))
print(isinstance(UnboundLocalError(), NameError), isinstance(RecursionError(), RuntimeError))
print(isinstance(ValueError(), Exception), isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
print(isinstance(StopIteration(), Exception), isinstance(KeyboardInterrupt(), Exception))
