# Any other uncaught exception: traceback on stderr, status 1; the output
# written before it is kept.
import sys
print("partial")
sys.stdout.flush()
{}["missing"]
