# A keyword where a name is required.
class = 5
