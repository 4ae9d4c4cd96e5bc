# A user exception without __init__ keeps its args.
class AppError(Exception):
    pass

class DbError(AppError):
    pass

e = DbError("connect failed", 3)
print(e.args, str(e), repr(e))
print(str(DbError()), repr(DbError()), DbError().args)
print(str(DbError("one")), repr(DbError("one")))
try:
    raise DbError("boom")
except AppError as err:
    print("caught", type(err).__name__, err)
print([k.__name__ for k in DbError.__mro__])
