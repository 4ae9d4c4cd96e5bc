# Copying the exception to another name keeps it past the handler.
saved = None
try:
    raise ValueError("keep me")
except ValueError as e:
    saved = e
print(repr(saved))
print("e" in globals())
