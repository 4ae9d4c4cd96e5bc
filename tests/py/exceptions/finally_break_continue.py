# finally runs when break and continue leave the try.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
def loop():
    for i in range(3):
        try:
            return i
        finally:
            print("cleanup", i)
print(loop())
