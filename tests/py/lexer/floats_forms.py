# Float literal forms.
print(1.5, .5, 5., 1e3, 1E3, 1e-3, 1.5e+2, 0.0, 00.5, 0e0)
print(12345678901234567890.0)
print(1e308, 1e309, 5e-324, 1e-400)
