# A failing link stops evaluation of the rest.
def show(v):
    print("eval", v)
    return v
print(show(3) < show(2) < show(1))
print(show(1) < show(2) < show(3))
