"""Container datatypes: namedtuple, Counter, defaultdict, OrderedDict,
deque and ChainMap."""

__all__ = ['namedtuple', 'Counter', 'defaultdict', 'OrderedDict', 'deque',
           'ChainMap']

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])

_MISSING = object()


################################################################################
# namedtuple
################################################################################

def _field_getter(index, doc):
    return property(lambda self, _i=index: self[_i], doc=doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Return a new tuple subclass with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    fields = tuple(field_names)
    nfields = len(fields)
    nrequired = nfields - len(field_defaults)
    arg_list = ', '.join(fields)
    qualified_new = f'{typename}.__new__()'

    def __new__(cls, *args, **kwargs):
        if len(args) > nfields:
            given = len(args) + 1
            if nrequired == nfields:
                expected = f'{nfields + 1}'
            else:
                expected = f'from {nrequired + 1} to {nfields + 1}'
            raise TypeError(f'{qualified_new} takes {expected} positional '
                            f'arguments but {given} were given')
        values = list(args)
        if kwargs:
            for key in kwargs:
                if key not in fields:
                    raise TypeError(f'{qualified_new} got an unexpected '
                                    f'keyword argument {key!r}')
                if fields.index(key) < len(args):
                    raise TypeError(f'{qualified_new} got multiple values '
                                    f'for argument {key!r}')
        missing = []
        for index in range(len(args), nfields):
            name = fields[index]
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            if len(missing) == 1:
                names = repr(missing[0])
            elif len(missing) == 2:
                names = f'{missing[0]!r} and {missing[1]!r}'
            else:
                names = (', '.join(repr(m) for m in missing[:-1])
                         + f', and {missing[-1]!r}')
            plural = 's' if len(missing) > 1 else ''
            raise TypeError(f'{qualified_new} missing {len(missing)} '
                            f'required positional argument{plural}: {names}')
        return tuple.__new__(cls, values)

    class _NamedTuple(tuple):
        __slots__ = ()
        _fields = fields
        _field_defaults = field_defaults
        __match_args__ = fields

        @classmethod
        def _make(cls, iterable):
            result = tuple.__new__(cls, iterable)
            if len(result) != nfields:
                raise TypeError(f'Expected {nfields} arguments, '
                                f'got {len(result)}')
            return result

        def _replace(self, /, **kwds):
            result = self._make([kwds.pop(name, value)
                                 for name, value in zip(fields, self)])
            if kwds:
                raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
            return result

        def __repr__(self):
            body = ', '.join(f'{name}={value!r}'
                             for name, value in zip(fields, self))
            return f'{self.__class__.__name__}({body})'

        def _asdict(self):
            return dict(zip(self._fields, self))

        def __getnewargs__(self):
            return tuple(self)

    _NamedTuple.__new__ = staticmethod(__new__)
    __new__.__name__ = '__new__'
    __new__.__qualname__ = f'{typename}.__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    for index, name in enumerate(fields):
        setattr(_NamedTuple, name,
                _field_getter(index, f'Alias for field number {index}'))
    _NamedTuple.__name__ = typename
    _NamedTuple.__qualname__ = typename
    _NamedTuple.__doc__ = f'{typename}({arg_list})'
    _NamedTuple.__module__ = module if module is not None else '__main__'
    return _NamedTuple


################################################################################
# Counter
################################################################################

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return ordered
        if n < 0:
            n = 0
        return ordered[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) '
            'instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    for elem in iterable.keys():
                        dict.__setitem__(self, elem, iterable[elem])
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{self.__class__.__name__}({shown!r})'

    # Comparisons treat missing elements as having a zero count.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            diff = count - other[elem]
            if diff > 0:
                result[elem] = diff
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            best = other_count if count < other_count else count
            if best > 0:
                result[elem] = best
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            least = count if count < other_count else other_count
            if least > 0:
                result[elem] = least
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """dict subclass calling a factory to supply missing values."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return (f'{type(self).__name__}({self.default_factory!r}, '
                f'{dict.__repr__(self)})')

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order, with reordering
    operations."""

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        value = self[key]
        if last:
            dict.__delitem__(self, key)
            dict.__setitem__(self, key, value)
        else:
            rest = [(k, v) for k, v in self.items() if k != key]
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({list(self.items())!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (), None, None, iter(self.items())

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.__class__(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# deque
################################################################################

class deque:
    """Double-ended queue held in a growable ring buffer."""

    __slots__ = ('_buf', '_head', '_size', '_maxlen', '_state')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        return self._maxlen

    # -- internals ---------------------------------------------------------

    def _grow(self):
        buf = self._buf
        cap = len(buf)
        head = self._head
        self._buf = ([buf[(head + i) % cap] for i in range(self._size)]
                     + [None] * (cap * 2 - self._size))
        self._head = 0

    def _index(self, index):
        if not isinstance(index, int):
            try:
                index = type(index).__index__(index)
            except AttributeError:
                raise TypeError('sequence index must be integer, not '
                                f"'{type(index).__name__}'") from None
        size = self._size
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError('deque index out of range')
        return (self._head + index) % len(self._buf)

    # -- adding and removing -------------------------------------------------

    def append(self, x):
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        if self._size == len(self._buf):
            self._grow()
        self._buf[(self._head + self._size) % len(self._buf)] = x
        self._size += 1

    def appendleft(self, x):
        self._state += 1
        if self._maxlen is not None and self._size >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._size == len(self._buf):
            self._grow()
        self._head = (self._head - 1) % len(self._buf)
        self._buf[self._head] = x
        self._size += 1

    def pop(self):
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._state += 1
        self._size -= 1
        pos = (self._head + self._size) % len(self._buf)
        value = self._buf[pos]
        self._buf[pos] = None
        return value

    def popleft(self):
        if not self._size:
            raise IndexError('pop from an empty deque')
        self._state += 1
        pos = self._head
        value = self._buf[pos]
        self._buf[pos] = None
        self._head = (pos + 1) % len(self._buf)
        self._size -= 1
        return value

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._size = 0

    def rotate(self, n=1):
        size = self._size
        if size <= 1:
            return
        n %= size
        if not n:
            return
        self._state += 1
        if size == len(self._buf):
            # Full buffer: rotation is just moving the head.
            self._head = (self._head - n) % size
            return
        for _ in range(n if n <= size // 2 else 0):
            self.appendleft(self.pop())
        if n > size // 2:
            for _ in range(size - n):
                self.append(self.popleft())

    def insert(self, i, x):
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        size = self._size
        if i < 0:
            i += size
            if i < 0:
                i = 0
        elif i > size:
            i = size
        items = list(self)
        items.insert(i, x)
        self._rebuild(items)

    def remove(self, value):
        items = list(self)
        for i, item in enumerate(items):
            if item is value or item == value:
                if self._size != len(items):
                    raise IndexError('deque mutated during remove().')
                del items[i]
                self._rebuild(items)
                return
        raise ValueError(f'{value!r} is not in deque')

    def _rebuild(self, items):
        self._state += 1
        cap = 8
        while cap < len(items):
            cap *= 2
        self._buf = items + [None] * (cap - len(items))
        self._head = 0
        self._size = len(items)

    def reverse(self):
        self._rebuild(list(self)[::-1])

    # -- queries ---------------------------------------------------------------

    def count(self, value):
        n = 0
        for item in self:
            if item is value or item == value:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        size = self._size
        if stop is None or stop > size:
            stop = size
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop += size
        for i in range(start, stop):
            item = self._buf[(self._head + i) % len(self._buf)]
            if item is value or item == value:
                return i
        raise ValueError(f'{value!r} is not in deque')

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def __iter__(self):
        state = self._state
        buf = self._buf
        head = self._head
        for i in range(self._size):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield buf[(head + i) % len(buf)]
        if self._state != state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        buf = self._buf
        head = self._head
        for i in range(self._size - 1, -1, -1):
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield buf[(head + i) % len(buf)]

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __getitem__(self, index):
        return self._buf[self._index(index)]

    def __setitem__(self, index, value):
        self._buf[self._index(index)] = value

    def __delitem__(self, index):
        self._index(index)
        items = list(self)
        del items[index]
        self._rebuild(items)

    def __repr__(self):
        items = ', '.join(repr(x) for x in self)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}([{items}])'
        return f'{name}([{items}], maxlen={self._maxlen})'

    # -- comparisons and arithmetic -------------------------------------------

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not '
                            f'"{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        if n <= 0:
            self.clear()
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self

    def __reduce__(self):
        return type(self), (list(self), self._maxlen)


################################################################################
# ChainMap
################################################################################

class ChainMap:
    """A view grouping several mappings into one: lookups search them in
    order, writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def _merged_keys(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return keys

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return self._merged_keys().keys()

    def items(self):
        return {key: self[key] for key in self._merged_keys()}.items()

    def values(self):
        return {key: self[key] for key in self._merged_keys()}.values()

    def __repr__(self):
        return (f'{self.__class__.__name__}('
                f'{", ".join(map(repr, self.maps))})')

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        elif not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    __hash__ = None

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(
                f'Key not found in the first mapping: {key!r}') from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(
                f'Key not found in the first mapping: {key!r}') from None

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, (dict, ChainMap)):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)
