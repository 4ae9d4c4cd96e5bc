# A bare raise keeps the original traceback.
def inner():
    return {}["missing"]

def outer():
    try:
        inner()
    except KeyError:
        print("handler ran")
        raise

outer()
