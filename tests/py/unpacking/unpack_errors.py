def too_few():
    a, b = [1]
def too_many():
    a, b = [1, 2, 3]
def star_short():
    a, *b, c = [1]
def not_iterable():
    a, b = 5
def nested_bad():
    (a, b), c = 1, 2
def from_gen():
    a, b = (x for x in range(5))
for case in [too_few, too_many, star_short, not_iterable, nested_bad, from_gen]:
    try:
        case()
    except (ValueError, TypeError) as e:
        print(case.__name__, type(e).__name__ + ":", e)
