# format() of strings: width, alignment, fill and truncation.
s = 'hello'
for spec in ['', 's', '10', '<10', '>10', '^10', '^11', '*^10', '.2', '10.3', '>10.3s', '3', '=^9', '05', '>05', '.0']:
    print(repr(spec), '[' + format(s, spec) + ']')
