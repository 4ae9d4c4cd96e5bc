# __init_subclass__ runs for each new subclass, with class keywords.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.plugin_name)

class Alpha(Plugin):
    pass

class Beta(Plugin, name="b"):
    pass

class Gamma(Beta):
    pass

print(Plugin.registry)
print(Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))
