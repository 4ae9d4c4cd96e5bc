# The finally block runs, then the exception propagates.
def work():
    try:
        return 1 / 0
    finally:
        print("cleanup ran")

work()
