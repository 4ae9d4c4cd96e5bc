import pkg_demo
print(pkg_demo.__doc__, pkg_demo.__package__, pkg_demo.leaf.LEAF)
print(pkg_demo.__path__[0].endswith("pkg_demo"), pkg_demo.__file__.endswith("pkg_demo/__init__.py"))
import pkg_demo.sub.deep
print(pkg_demo.sub.deep.DEEP)
print(pkg_demo.sub.SUB, pkg_demo.sub.__package__, pkg_demo.sub.deep.__package__)
import pkg_demo.sub.deep as d
print(d.DEEP[1])
from pkg_demo.sub import deep
print(deep is d)
from pkg_demo import sub
print(sub.__name__)
