raise ValueError("bad") from KeyError
