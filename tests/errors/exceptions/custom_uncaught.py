# An uncaught user-defined exception shows its qualified name.
class ValidationError(Exception):
    pass

def validate(age):
    if age < 0:
        raise ValidationError("age cannot be negative")
    return age

validate(10)
validate(-1)
