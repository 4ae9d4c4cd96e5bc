# Subscripting an instance without __getitem__.
class Row:
    pass

r = Row()
print(r[0])
