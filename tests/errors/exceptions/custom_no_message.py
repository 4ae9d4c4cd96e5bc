# An uncaught exception class with no arguments prints only its name.
class Stop(Exception):
    pass

raise Stop
