# SystemExit can be caught like any exception.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print(type(e).__name__, e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
