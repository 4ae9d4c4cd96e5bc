# helper: imported by other tests
from .. import top
from ..leaf import LEAF
SUB = "sub sees " + top + " and " + LEAF
