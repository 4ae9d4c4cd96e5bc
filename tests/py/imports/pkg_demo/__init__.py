# helper: imported by other tests
"""The pkg_demo package."""
from . import leaf
from .leaf import LEAF as _LEAF
__all__ = ["leaf", "top"]
top = "top of pkg_demo"
print("pkg_demo init:", __name__, __package__, _LEAF)
