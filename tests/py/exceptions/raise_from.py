# raise X from Y sets __cause__ and __suppress_context__.
try:
    try:
        {}["a"]
    except KeyError as ke:
        raise ValueError("bad key") from ke
except ValueError as e:
    print(repr(e))
    print(repr(e.__cause__))
    print(repr(e.__context__))
    print(e.__suppress_context__)
    print(e.__cause__ is e.__context__)
