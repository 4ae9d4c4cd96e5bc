try:
    try:
        [][0]
    except IndexError as e:
        raise TypeError("second") from e
except TypeError:
    x = undefined_name
