# __new__ can return a cached instance.
class Single:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance

    def __init__(self):
        print("init")

a = Single()
b = Single()
print(a is b)
