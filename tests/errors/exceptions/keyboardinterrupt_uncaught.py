# An uncaught KeyboardInterrupt exits with a traceback.
def work():
    raise KeyboardInterrupt

try:
    work()
except Exception:
    print("not reached")
