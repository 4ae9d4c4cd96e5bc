try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import helper_mod.child
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_demo.missing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper_mod import nothing
except ImportError as e:
    print(type(e).__name__, str(e).replace(e.path, "PATH"), e.name)
try:
    from pkg_demo import nothing
except ImportError as e:
    print(type(e).__name__, str(e).replace(e.path, "PATH"), e.name)
try:
    from . import helper_mod
except ImportError as e:
    print(type(e).__name__, e)
