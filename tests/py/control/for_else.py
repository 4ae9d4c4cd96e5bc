# for/else with and without break: a search.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([3, 4, 5], 4)
find([3, 4, 5], 9)
find([], 1)
