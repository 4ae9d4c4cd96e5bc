# str and repr of floats agree in 3.11.
for v in [0.1, 1e-7, 1e16, 123.0, -4.5e-10, 9007199254740993.0]:
    print(str(v), repr(v), str(v) == repr(v))
