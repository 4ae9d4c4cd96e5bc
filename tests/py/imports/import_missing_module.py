# A missing module raises ModuleNotFoundError, a subclass of ImportError.
try:
    import nosuchmodule
except ImportError as e:
    print(type(e).__name__, e, e.name)
