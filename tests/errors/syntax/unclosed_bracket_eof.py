# An unclosed bracket at the end of the file.
values = [1, 2,
