# Built-in exceptions are real classes with an MRO.
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError,
            UnicodeDecodeError, RecursionError, StopIteration, KeyboardInterrupt,
            SystemExit, NotImplementedError, ModuleNotFoundError]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
