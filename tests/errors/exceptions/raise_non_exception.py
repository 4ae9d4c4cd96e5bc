# Raising something that is not an exception.
class Message:
    pass

raise Message()
