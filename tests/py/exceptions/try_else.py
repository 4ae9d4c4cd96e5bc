# else runs only when the try body raised nothing.
def f(n):
    try:
        r = 10 // n
    except ZeroDivisionError:
        print("error")
    else:
        print("else", r)
    finally:
        print("finally")

f(2)
f(0)
