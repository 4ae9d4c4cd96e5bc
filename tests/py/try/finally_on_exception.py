# finally runs while an exception propagates through frames.
def level2():
    try:
        raise KeyError("deep")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    finally:
        print("level1 finally")
try:
    level1()
except KeyError as e:
    print("caught", e)
