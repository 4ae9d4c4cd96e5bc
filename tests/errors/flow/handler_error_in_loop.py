for i in range(3):
    try:
        if i == 2:
            raise KeyError(i)
    except KeyError as e:
        print("handling", e)
        raise RuntimeError("failed at " + str(i))
