# raise ... from sets __cause__; implicit chaining sets __context__.
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError("during handling")
except IndexError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError("no context") from None
except IndexError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
