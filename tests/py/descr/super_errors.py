# super() errors, with 3.11's messages.
class A:
    pass

def no_args():
    return super()

def no_class(x):
    return super()

for f, args in ((no_args, ()), (no_class, (1,))):
    try:
        f(*args)
    except RuntimeError as e:
        print(type(e).__name__, e)

try:
    super(1, 2)
except TypeError as e:
    print(e)
try:
    super(A, 1)
except TypeError as e:
    print(e)
try:
    super(A, A, A)
except TypeError as e:
    print(e)
try:
    super(type=A)
except TypeError as e:
    print(e)
try:
    super(int, A)
except TypeError as e:
    print(e)

class B(A):
    def m(self):
        del self
        return super()

try:
    B().m()
except RuntimeError as e:
    print(e)
