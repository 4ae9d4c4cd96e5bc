# C3 linearisation of the classic example with six classes.
class O:
    pass

class F(O):
    pass

class E(O):
    pass

class D(O):
    pass

class C(D, F):
    pass

class B(D, E):
    pass

class A(B, C):
    pass

for k in [A, B, C]:
    print(k.__name__, [c.__name__ for c in k.__mro__])
