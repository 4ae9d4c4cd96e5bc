# sys.exit() ends the program at once with status 0.
import sys
print("before")
sys.exit()
print("not reached")
