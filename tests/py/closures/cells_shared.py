def pair():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set
get, set_ = pair()
set_(42)
print(get())
print(get.__closure__[0].cell_contents)
print(len(get.__closure__), type(get.__closure__).__name__)
