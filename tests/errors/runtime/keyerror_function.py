# KeyError inside a function called from another.
def lookup(table, key):
    return table[key]

def report():
    data = {"a": 1}
    print(lookup(data, "a"))
    print(lookup(data, "zzz"))

report()
