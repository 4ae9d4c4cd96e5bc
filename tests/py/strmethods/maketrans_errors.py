# maketrans and translate errors.
cases = [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans(1, 'a'),
         lambda: str.maketrans('a'), lambda: str.maketrans({1.5: 'a'}), lambda: 'abc'.translate(5),
         lambda: 'a'.translate({97: 1.5})]
for case in cases:
    try:
        case()
    except (ValueError, TypeError) as x:
        print(type(x).__name__, x)
