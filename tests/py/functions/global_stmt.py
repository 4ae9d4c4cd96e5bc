# global lets a function rebind a module name.
count = 0
def bump():
    global count
    count += 1
def read():
    return count
bump()
bump()
print(count, read())
def make_new():
    global created
    created = "yes"
make_new()
print(created)
