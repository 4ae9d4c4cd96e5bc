# args: one "two words" 3
# Extra command-line arguments follow the script path.
import sys
print(sys.argv[1:])
print(sys.argv[0].endswith("argv_extra.py"))
