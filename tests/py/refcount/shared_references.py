# Names and containers share one object; mutation shows through every path.
import sys
inner = [0]
outer = [inner, inner]
inner.append(1)
print(outer, outer[0] is outer[1])
print(sys.getrefcount(inner))
outer[0] = None
print(sys.getrefcount(inner))
