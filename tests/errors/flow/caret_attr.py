x = 5
y = x.real.imag.nope
