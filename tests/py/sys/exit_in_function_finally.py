# finally blocks run while SystemExit unwinds.
import sys
def leave():
    try:
        sys.exit(0)
    finally:
        print("cleanup")
leave()
print("not reached")
