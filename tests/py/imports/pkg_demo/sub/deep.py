# helper: imported by other tests
from . import SUB
from .. import leaf
DEEP = (SUB, leaf.__name__)
