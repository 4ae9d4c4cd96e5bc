for bad in [lambda: iter(5), lambda: list(3.5), lambda: [x for x in None], lambda: sum(1), lambda: next([1])]:
    try:
        bad()
    except TypeError as e:
        print(e)
class NoNext:
    def __iter__(self):
        return 5
try:
    iter(NoNext())
except TypeError as e:
    print(e)
