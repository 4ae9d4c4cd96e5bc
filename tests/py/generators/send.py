def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
def echo():
    received = yield "ready"
    while True:
        received = yield f"echo {received}"
e = echo()
print(e.send(None), e.send("x"), e.send("y"))
try:
    echo().send(1)
except TypeError as err:
    print(err)
