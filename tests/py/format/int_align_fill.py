# Width, fill and the four alignments for ints.
for spec in ['10', '<10', '>10', '^10', '=10', '*<10', '*>10', '*^10', '*=+10', '0=10', '-^9', 'x^1']:
    print(spec, '[' + format(-42, spec) + ']', '[' + format(42, spec) + ']')
