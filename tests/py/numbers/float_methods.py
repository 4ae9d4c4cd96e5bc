# float methods.
print((2.0).is_integer(), (2.5).is_integer(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (1.5).conjugate())
print((-0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1])
