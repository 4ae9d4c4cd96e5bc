# KeyError's str is the repr of its key.
for k in ["name", 3, ("a", 1), ""]:
    try:
        {}[k]
    except KeyError as e:
        print(str(e), repr(e), e.args)
