# The version is 3.11.
import sys
print(sys.version_info[0], sys.version_info[1], sys.version_info[:2] == (3, 11))
print(sys.version_info.major, sys.version_info.minor)
