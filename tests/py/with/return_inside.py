# return inside with runs __exit__ before the caller gets the value.
class CM:
    def __enter__(self):
        print("enter")
        return 10

    def __exit__(self, *a):
        print("exit")

def f():
    with CM() as v:
        return v * 2

print(f())
def g():
    for i in range(3):
        with CM():
            if i == 1:
                return "returned at " + str(i)
print(g())
