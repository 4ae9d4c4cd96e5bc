# inf, nan and negative zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -0.0, 0.0)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0, -0.0 == 0.0, 1e308 * 10)
print(repr(float("-inf")), float("Infinity"), float("-nan"), float("  +iNf "))
