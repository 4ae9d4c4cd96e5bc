# Every quoting form produces the same kind of string.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("""a "quoted" word""", '''and 'another' one''')
