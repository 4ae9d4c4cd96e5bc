# Calling an instance without __call__.
class Widget:
    pass

w = Widget()
w()
