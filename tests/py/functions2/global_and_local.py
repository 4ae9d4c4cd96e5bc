counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    global made
    made = "created"
make()
print(made)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def reads():
    return x
print(reads())
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
