# 3.11 suggests a close name.
def show(value):
    pront(value)

show(1)
