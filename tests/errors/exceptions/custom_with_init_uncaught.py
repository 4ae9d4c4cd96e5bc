# An uncaught exception with a custom __str__.
class HttpError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return "HTTP " + str(self.code)

raise HttpError(503)
