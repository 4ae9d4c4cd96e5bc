# An exception raised in a handler goes to the enclosing try.
try:
    try:
        [][0]
    except IndexError:
        print("inner handler")
        {}["x"]
    except KeyError:
        print("not this one")
except KeyError as e:
    print("outer caught", repr(e), repr(e.__context__))
