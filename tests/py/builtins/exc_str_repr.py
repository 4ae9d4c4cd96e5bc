for e in [ValueError(), ValueError('x'), ValueError(1, 2), KeyError('a'), KeyError(),
          KeyError(1, 2), SystemExit(2), SystemExit(), StopIteration(3), RuntimeError([1])]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
