# repr of nested tuples, including a one-element tuple.
print(((1,),), (("a", ("b",)), []), ((),))
