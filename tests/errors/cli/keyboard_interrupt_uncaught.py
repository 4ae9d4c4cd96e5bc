# An uncaught KeyboardInterrupt prints its traceback, then the process dies
# by SIGINT (the parent sees the signal, status -2 from subprocess).
def work():
    raise KeyboardInterrupt
print("start")
work()
