# SystemExit raised deep in a call stack still just exits.
import sys

def deep(n):
    if n == 0:
        sys.exit(42)
    deep(n - 1)

deep(5)
