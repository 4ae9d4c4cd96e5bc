# int() accepts any Unicode decimal digits and Unicode whitespace.
print(int("١٢"), int("\u0663"), int("\u2003 7 \u3000"))
print(int("１２３"))
