# Three exceptions chained implicitly print oldest first.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError:
    {}["k"]
