# Reading a local before it is assigned.
counter = 0

def increment():
    counter += 1

increment()
