# KeyError's message is the repr of the key.
for key in ["text", 42, (1, 2), "", 2.5, None]:
    try:
        {}[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
