# __exit__ may take *args; a wrong signature raises TypeError on exit.
class Star:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print(len(args), args[0])

with Star():
    pass
class Wrong:
    def __enter__(self):
        return self

    def __exit__(self):
        pass

try:
    with Wrong():
        print("body ran")
except TypeError as e:
    print(type(e).__name__, e)
