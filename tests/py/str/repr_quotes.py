# repr picks single quotes unless the text has only single quotes.
print(repr("abc"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr(""), repr("\\"), repr("\n\t\r"), repr("\x00\x1f\x7f"), repr("\x80\xa0\xff"))
print(repr("é☃"), repr("\u200b"), repr("\ud800"), repr("\U0010ffff"), repr("\U0001f600"))
