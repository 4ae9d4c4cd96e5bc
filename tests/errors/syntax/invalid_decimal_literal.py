# A number running into a name.
x = 12abc
