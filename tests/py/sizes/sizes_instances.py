# sys.getsizeof of instances, with and without __slots__, and of instances
# of subclasses of built-in types.
import sys

class Plain:
    pass

class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2

class Slots0:
    __slots__ = ()

class Slots1:
    __slots__ = ('a',)

class Slots2:
    __slots__ = ('a', 'b')

class Slots5:
    __slots__ = ('a', 'b', 'c', 'd', 'e')

class SlotsDict:
    __slots__ = ('__dict__',)

class SlotsWeak:
    __slots__ = ('__weakref__',)

class SlotsBoth:
    __slots__ = ('a', '__dict__', '__weakref__')

class SubSlots(Slots2):
    __slots__ = ('c',)

class SubPlainOfSlots(Slots2):
    pass

class MyList(list):
    pass

class MyDict(dict):
    pass

class MyExc(Exception):
    pass

class MyValueError(ValueError):
    pass

class MyListSlots(list):
    __slots__ = ()

for cls in (Plain, WithInit, Slots0, Slots1, Slots2, Slots5, SlotsDict, SlotsWeak,
            SlotsBoth, SubSlots, SubPlainOfSlots, MyList, MyDict, MyExc, MyValueError,
            MyListSlots):
    print(cls.__name__, sys.getsizeof(cls()))

print(sys.getsizeof(Slots2()) < sys.getsizeof(Plain()))
m = MyList([1, 2, 3])
m.append(4)
print(sys.getsizeof(m))
md = MyDict(a=1)
md['b'] = 2
print(sys.getsizeof(md))
print(sys.getsizeof(Exception()), sys.getsizeof(ValueError('x')), sys.getsizeof(MyExc('a', 'b')))
p = Plain()
p.x = 1
print(sys.getsizeof(p))
p.__dict__
print(sys.getsizeof(p))
print(sys.getsizeof(object()))
