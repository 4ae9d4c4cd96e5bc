# A failing assert raises AssertionError with or without a message.
try:
    assert 1 > 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(type(e).__name__, e)
