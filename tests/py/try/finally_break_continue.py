# break and continue in finally override the pending exception or return.
for i in range(3):
    try:
        if i == 1:
            raise ValueError("dropped")
    finally:
        if i == 1:
            print("continue swallows the exception")
            continue
    print("loop", i)
def f():
    while True:
        try:
            return "not returned"
        finally:
            break
    return "after break"
print(f())
