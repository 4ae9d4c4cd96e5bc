# finally runs on return, and its own return wins.
def f():
    try:
        return "try"
    finally:
        print("finally runs")

def g():
    try:
        return "try"
    finally:
        return "finally"

def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def k():
    x = 1
    try:
        return x
    finally:
        x = 2

print(f())
print(g())
print(h())
print(k())
