# An inconsistent MRO is reported at class creation.
class A:
    pass

class B(A):
    pass

class C(A, B):
    pass
