import operator
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3))
print(operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5))
print(operator.eq(1, 1), operator.ne(1, 1), operator.lt(1, 2), operator.le(2, 2),
      operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_([]), operator.truth('x'), operator.is_(None, None),
      operator.is_not(1, None))
print(operator.contains([1, 2, 3], 2), operator.contains('abc', 'z'))
print(operator.concat([1], [2]), operator.concat('ab', 'cd'))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10),
      operator.invert(5), operator.index(7))
print(operator.__add__(1, 2), operator.__mul__('ab', 2), operator.__not__(0))

d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'a'), d)
operator.delitem(d, 'a')
print(d)
lst = list(range(6))
operator.delitem(lst, slice(1, 3))
print(lst, operator.getitem(lst, -1))

print(reduce(operator.mul, range(1, 8)))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])))
print(sorted([3, 1, 2], key=operator.neg))

for f, args in [(operator.concat, (1, 2)), (operator.index, (1.5,)),
                (operator.truediv, (1, 0))]:
    try:
        f(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
