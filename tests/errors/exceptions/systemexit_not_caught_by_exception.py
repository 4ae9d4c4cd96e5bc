# except Exception does not stop SystemExit.
import sys
try:
    sys.exit(5)
except Exception:
    print("not reached")
finally:
    print("finally runs")
