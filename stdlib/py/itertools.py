"""Functions creating iterators for efficient looping."""

import sys

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'starmap', 'takewhile', 'tee', 'zip_longest', 'product',
           'permutations', 'combinations', 'combinations_with_replacement']

_NOTHING = object()


def _index(value):
    """Convert value to an int the way range() and friends do."""
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        f"interpreted as an integer") from None
    return method(value)


def _is_number(value):
    if isinstance(value, (int, float)):
        return True
    t = type(value)
    return (hasattr(t, '__index__') or hasattr(t, '__float__')
            or hasattr(t, '__int__') or hasattr(t, '__complex__'))


class _GenIter:
    """Base for the iterators below: delegates to a generator in _gen."""

    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class count(_GenIter):
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ('_value', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._value!r})"
        return f"count({self._value!r}, {step!r})"


class repeat(_GenIter):
    """repeat(object [,times]): object endlessly, or times times."""

    __slots__ = ('_object', '_remaining')

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._remaining = None
        else:
            times = _index(times)
            self._remaining = times if times > 0 else 0

    def __next__(self):
        if self._remaining is None:
            return self._object
        if self._remaining <= 0:
            raise StopIteration
        self._remaining -= 1
        return self._object

    def __length_hint__(self):
        if self._remaining is None:
            raise TypeError("len() of unsized object")
        return self._remaining

    def __repr__(self):
        if self._remaining is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._remaining})"


class cycle(_GenIter):
    """cycle(iterable): the items of iterable, over and over."""

    __slots__ = ()

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for item in it:
            yield item
            saved.append(item)
        if not saved:
            return
        while True:
            for item in saved:
                yield item


def _add(a, b):
    return a + b


class accumulate(_GenIter):
    """accumulate(iterable, func=None, *, initial=None): running results."""

    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func if func is not None
                              else _add, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for item in it:
            total = func(total, item)
            yield total


class chain(_GenIter):
    """chain(*iterables): items of the first iterable, then the next..."""

    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from source

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._gen = chain._run(iter(iterable))
        return self


class compress(_GenIter):
    """compress(data, selectors): the data items whose selector is true."""

    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for item, keep in zip(data, selectors):
            if keep:
                yield item


class dropwhile(_GenIter):
    """dropwhile(predicate, iterable): skip items while predicate holds."""

    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for item in it:
            if not predicate(item):
                yield item
                break
        yield from it


class takewhile(_GenIter):
    """takewhile(predicate, iterable): items while predicate holds."""

    __slots__ = ()

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for item in it:
            if not predicate(item):
                return
            yield item


class filterfalse(_GenIter):
    """filterfalse(function or None, iterable): items that test false."""

    __slots__ = ()

    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        if function is None:
            function = bool
        for item in it:
            if not function(item):
                yield item


class starmap(_GenIter):
    """starmap(function, iterable): function(*args) for each args."""

    __slots__ = ()

    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            if type(args) is not tuple:
                args = tuple(args)
            yield function(*args)


class pairwise(_GenIter):
    """pairwise(iterable): successive overlapping pairs."""

    __slots__ = ()

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            previous = next(it)
        except StopIteration:
            return
        for item in it:
            yield (previous, item)
            previous = item


class groupby(_GenIter):
    """groupby(iterable, key=None): (key, group iterator) pairs for
    runs of items with equal keys."""

    __slots__ = ('_it', '_keyfunc', '_current_key', '_current_value',
                 '_target', '_generation', '_exhausted')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._current_key = _NOTHING
        self._current_value = _NOTHING
        self._target = _NOTHING
        self._generation = 0
        self._exhausted = False

    def _advance(self):
        # Fetch the next item; returns False at the end of the input.
        try:
            value = next(self._it)
        except StopIteration:
            self._exhausted = True
            return False
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._current_value = value
        self._current_key = key
        return True

    def __next__(self):
        self._generation += 1
        if self._exhausted:
            raise StopIteration
        if self._current_key is _NOTHING:
            if not self._advance():
                raise StopIteration
        elif self._target is not _NOTHING:
            # Skip what remains of the previous group.
            while self._current_key == self._target:
                if not self._advance():
                    raise StopIteration
        self._target = self._current_key
        return (self._current_key, self._group(self._target,
                                               self._generation))

    def _group(self, target, generation):
        while self._generation == generation:
            if self._current_value is _NOTHING:
                if not self._advance():
                    return
            if not (self._current_key == target):
                return
            value = self._current_value
            self._current_value = _NOTHING
            yield value


class islice(_GenIter):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    __slots__ = ()

    def __init__(self, iterable, *args):
        nargs = len(args) + 1
        if nargs < 2:
            raise TypeError(
                f"islice expected at least 2 arguments, got {nargs}")
        if nargs > 4:
            raise TypeError(
                f"islice expected at most 4 arguments, got {nargs}")
        start, step = 0, 1
        if nargs == 2:
            stop = self._check(args[0], "Stop argument for islice() must "
                               "be None or an integer: 0 <= x <= sys.maxsize.")
        else:
            stop = self._check(args[1], "Stop argument for islice() must "
                               "be None or an integer: 0 <= x <= sys.maxsize.")
            start = self._check(args[0], "Indices for islice() must be "
                                "None or an integer: 0 <= x <= sys.maxsize.")
            if start is None:
                start = 0
            if nargs == 4 and args[2] is not None:
                try:
                    step = _index(args[2])
                except TypeError:
                    step = -1
                if step < 1:
                    raise ValueError("Step for islice() must be a positive "
                                     "integer or None.")
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _check(value, message):
        if value is None:
            return None
        try:
            value = _index(value)
        except TypeError:
            raise ValueError(message) from None
        if value < 0 or value > sys.maxsize:
            raise ValueError(message)
        return value

    @staticmethod
    def _run(it, start, stop, step):
        position = 0
        wanted = start
        while True:
            while position < wanted:
                try:
                    next(it)
                except StopIteration:
                    return
                position += 1
            if stop is not None and position >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            position += 1
            wanted += step
            if stop is not None and wanted > stop:
                wanted = stop
            yield item


class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = _NOTHING
        self.next = None


class _tee:
    """One of the independent iterators returned by tee()."""

    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over iterable."""
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_GenIter):
    """zip_longest(*iterables, fillvalue=None): like zip, padding the
    shorter iterables with fillvalue."""

    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError(
                    "zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs['fillvalue']
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            row = []
            for i, it in enumerate(iterators):
                if it is None:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    iterators[i] = None
                    active -= 1
                    if not active:
                        return
                    row.append(fillvalue)
            yield tuple(row)


class product(_GenIter):
    """product(*iterables, repeat=1): the cartesian product."""

    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for name in kwargs:
            if name != 'repeat':
                raise TypeError(
                    f"'{name}' is an invalid keyword argument for product()")
        if 'repeat' in kwargs:
            repeat = _index(kwargs['repeat'])
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        pools = [tuple(x) for x in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        while True:
            yield tuple(pools[i][indices[i]] for i in range(n))
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return


def _check_r(r):
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations(_GenIter):
    """permutations(iterable, r=None): r-length orderings of the items."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            try:
                r = _check_r(r)
            except TypeError:
                raise TypeError("Expected int as r") from None
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        # Depth-first generation in lexicographic index order.
        used = [False] * n
        chosen = []

        def extend():
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    chosen.append(i)
                    yield from extend()
                    chosen.pop()
                    used[i] = False

        yield from extend()


class combinations(_GenIter):
    """combinations(iterable, r): r-length subsequences of the items."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        while True:
            yield tuple(pool[i] for i in indices)
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1


class combinations_with_replacement(_GenIter):
    """combinations_with_replacement(iterable, r): r-length subsequences
    allowing individual items to repeat."""

    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if n == 0 and r > 0:
            return
        indices = [0] * r
        while True:
            yield tuple(pool[i] for i in indices)
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            value = indices[i] + 1
            for j in range(i, r):
                indices[j] = value
