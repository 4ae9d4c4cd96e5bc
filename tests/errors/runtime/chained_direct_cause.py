# raise ... from shows the cause first.
def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError("bad input") from e

convert("abc")
