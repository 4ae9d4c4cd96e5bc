# Explicit chaining with a user exception as the result.
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad setting") from e

load("ten")
