# argv[0] is the script path as given on the command line.
import sys
print(sys.argv)
print(len(sys.argv))
