# A leading 0 in the width pads with zeros after the sign.
for spec in ['05', '05d', '+05', '08b', '#08b', '#08x', '03', '01', '<05', '>05', '^07']:
    print(spec, format(42, spec), format(-42, spec))
