# The script runs as __main__, with __file__ set to the path it was given.
import sys
print(__name__)
print(__file__)
print(sys.argv[0] == __file__)
