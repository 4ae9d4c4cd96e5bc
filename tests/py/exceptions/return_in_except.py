# return from an except block runs finally and clears the exception.
import sys

def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        return "returned " + str(e)
    finally:
        print("finally sees", sys.exc_info()[0])

print(f())
print(sys.exc_info())
