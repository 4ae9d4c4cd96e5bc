# casefold applies full case folding.
print('Straße'.casefold(), 'ﬁ'.casefold(), 'ΣΑΣ'.casefold(), 'HELLO'.casefold() == 'hello')
