# Calling something that is not callable.
numbers = [1, 2, 3]
total = numbers(0)
