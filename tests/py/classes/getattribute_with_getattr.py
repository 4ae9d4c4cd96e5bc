# An AttributeError from __getattribute__ falls back to __getattr__.
class Both:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name

    hidden = "class value"
    shown = "shown value"

b = Both()
print(b.shown)
print(b.hidden)
print(b.nothing)
