# Padding counts code points, and the fill may be any character.
for s in ['é', 'naïve', '日本語', '🎉']:
    print('[' + format(s, '^7') + ']', '[' + format(s, '*>6') + ']', '[' + format(s, '.2') + ']')
print('[' + format('x', '🎉^5') + ']', '[' + format('ab', 'é<4') + ']', '[' + format('a', '\x00<3') + ']' == '[a\x00\x00]')
