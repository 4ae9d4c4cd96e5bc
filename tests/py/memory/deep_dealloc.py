# Freeing structures nested a million deep must not exhaust the C stack.
x = []
for i in range(1000000):
    x = [x]
del x
print("nested lists freed")
t = ()
for i in range(300000):
    t = (t, i)
t = None
print("nested tuples freed")
d = {}
for i in range(300000):
    d = {"next": d}
d = 0
print("nested dicts freed")
