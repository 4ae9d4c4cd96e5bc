# The manager is released after the with block if not referenced elsewhere.
class CM:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        print("exit")

    def __del__(self):
        print("manager finalized")

with CM():
    print("body")
print("after")
