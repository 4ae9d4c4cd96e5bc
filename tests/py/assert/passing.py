# Passing assertions produce nothing; their message is not evaluated.
def loud():
    print("message evaluated")
    return "msg"
assert True
assert 1 == 1, loud()
assert [0]
print("ok")
