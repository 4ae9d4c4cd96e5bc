# bool formats as 'True' with an empty spec and as an int otherwise.
print(format(True, ''), format(False, ''))
print(repr(format(True, '>5')), repr(format(True, 'd')), repr(format(False, '05')), repr(format(True, 'x')), repr(format(True, '.2f')))
print(f"{True}", f"{True:}", f"{True:d}", f"{True!s:>6}", f"{False!r}")
print('{} {:d} {:>5}'.format(True, True, False))
