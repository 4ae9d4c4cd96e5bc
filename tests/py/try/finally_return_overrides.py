# return in finally overrides the try's return and swallows exceptions.
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def h():
    x = "start"
    try:
        return x
    finally:
        x = "changed"
        print("finally ran")
print(f(), g(), h())
