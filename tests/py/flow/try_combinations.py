# try/except/else/finally in every combination
def run(body_raises, handler_raises, label):
    log = []
    try:
        try:
            log.append("body")
            if body_raises:
                raise ValueError("v")
        except ValueError as e:
            log.append("except " + str(e))
            if handler_raises:
                raise KeyError("k")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except KeyError as e:
        log.append("outer " + repr(e))
    print(label, log)

run(False, False, "none")
run(True, False, "body")
run(True, True, "handler")

def only_finally(x):
    out = []
    try:
        out.append(1 // x)
    finally:
        out.append("f")
    return out

print(only_finally(1))
try:
    only_finally(0)
except ZeroDivisionError as e:
    print("caught", e)

def except_else(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        return "zero"
    else:
        return f"ok {r}"

print(except_else(2), except_else(0))

def else_finally(x):
    log = []
    try:
        log.append("t")
    except Exception:
        log.append("e")
    else:
        log.append("else")
        if x:
            raise IndexError(x)
    finally:
        log.append("fin")
        print(log)

else_finally(0)
try:
    else_finally(5)
except IndexError as e:
    print("IndexError", e)

# multiple handlers, tuple handler, bare except
for exc in (ValueError, KeyError, IndexError, TypeError, ZeroDivisionError):
    try:
        raise exc("x")
    except ValueError:
        print("ValueError branch")
    except (KeyError, IndexError) as e:
        print("tuple branch", type(e).__name__)
    except ArithmeticError:
        print("arith branch")
    except:
        print("bare branch")
