# int methods and attributes.
print((10).bit_length(), (-255).bit_length(), (10).bit_count(), (2**100 - 1).bit_count())
print((3).as_integer_ratio(), (5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate(), True.numerator)
