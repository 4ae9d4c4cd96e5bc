# Subclassing Exception inherits args, str and repr.
class MyErr(Exception):
    pass

e = MyErr("bad", 42)
print(e.args, str(e), repr(e))
print(isinstance(e, Exception), issubclass(MyErr, BaseException))
try:
    raise MyErr("oops")
except Exception as err:
    print(type(err).__name__, err)
