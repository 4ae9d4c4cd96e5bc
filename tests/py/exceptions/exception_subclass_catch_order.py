# User exception hierarchies are matched by isinstance.
class AppError(Exception):
    pass

class NetError(AppError):
    pass

class Timeout(NetError):
    pass

def classify(exc):
    try:
        raise exc
    except Timeout:
        return "timeout"
    except NetError:
        return "network"
    except AppError:
        return "app"
    except Exception:
        return "other"

print([classify(e) for e in [Timeout(), NetError(), AppError(), ValueError()]])
print(issubclass(Timeout, (ValueError, AppError)))
