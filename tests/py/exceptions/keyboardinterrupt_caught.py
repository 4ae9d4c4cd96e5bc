# KeyboardInterrupt bypasses except Exception.
def work():
    raise KeyboardInterrupt("stop")

try:
    try:
        work()
    except Exception:
        print("not here")
    finally:
        print("finally ran")
except KeyboardInterrupt as e:
    print(type(e).__name__, e, e.args)
print(isinstance(KeyboardInterrupt(), Exception))
