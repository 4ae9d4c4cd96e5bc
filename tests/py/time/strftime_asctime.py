# strftime and asctime on explicit time tuples.
import time
t = time.gmtime(1700000000)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %%', t))
print(time.asctime(t), time.asctime(time.gmtime(0)))
print(time.strftime('%d/%m/%y', (2020, 2, 29, 0, 0, 0, 0, 0, 0)), repr(time.strftime('', t)))
for bad in [lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime(5),
            lambda: time.strftime('%Y', (1, 2))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
