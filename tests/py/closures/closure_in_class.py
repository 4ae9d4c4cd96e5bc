class Widget:
    def __init__(self, name):
        self.name = name
    def callback(self):
        prefix = "clicked"
        def on_click(times):
            return f"{prefix} {self.name} x{times}"
        return on_click
cb = Widget("ok").callback()
print(cb(2))
def factory():
    secret = 7
    class Hidden:
        def reveal(self):
            return secret
    return Hidden
print(factory()().reveal())
