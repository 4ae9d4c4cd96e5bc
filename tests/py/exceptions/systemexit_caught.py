# SystemExit is caught by BaseException but not by Exception.
import sys

def leave():
    sys.exit(4)

try:
    try:
        leave()
    except Exception:
        print("not here")
except BaseException as e:
    print(type(e).__name__, e.code, e.args)
try:
    raise SystemExit("message")
except SystemExit as e:
    print(repr(e), e.code)
try:
    raise SystemExit
except SystemExit as e:
    print(repr(e), e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)
