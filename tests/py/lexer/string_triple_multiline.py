# Triple-quoted strings keep their newlines and indentation.
s = """first
  second
third"""
print(s)
print(len(s))
t = '''\
no leading newline'''
print(t)
