# A user exception with its own __init__ and extra attributes.
class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return str(self.code) + " " + self.reason

try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(e)
    print(repr(e))
    print(e.args, e.code, e.reason)
class NoSuper(Exception):
    def __init__(self, value):
        self.value = value

e = NoSuper(7)
print(e.args, str(e), repr(e), e.value)
