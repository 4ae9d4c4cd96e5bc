// tests/unit/test_parser.c: the parser against CPython 3.11. Expected dumps,
// positions and error reports below were produced by python3.11's `ast` and
// `compile()` on the same snippets.
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"

typedef struct {
    const char *src;
    const char *expect;
} Case;

typedef struct {
    const char *src;
    OuSyntaxErrorKind kind;
    const char *msg;
    int lineno, offset, end_lineno, end_offset;     // as SyntaxError reports them
} ErrCase;

static const Case dump_cases[] = {
    {"x = f(a, *b, c=1, **d)[1:2, ::3].y\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Subscript(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()), attr='y', ctx=Load()))], type_ignores=[])"},
    {"a = b = c\n",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"x: int = 5\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])"},
    {"(x): int\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
    {"a.b += 1\n",
     "Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
    {"del a, b[0], c.d\n",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"},
    {"def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), defaults=[Constant(value=1), Constant(value=2)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"},
    {"lambda x, *y, z=1, **k: x\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], vararg=arg(arg='y'), kwonlyargs=[arg(arg='z')], kw_defaults=[Constant(value=1)], kwarg=arg(arg='k'), defaults=[]), body=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"async def f():\n    await x\n    async for a in b:\n        pass\n    async with a as b, c:\n        pass\n",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], decorator_list=[])], type_ignores=[])"},
    {"class A(B, metaclass=M):\n    x = 1\n    def f(self): pass\n",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], decorator_list=[])], type_ignores=[])"},
    {"@dec\n@dec2(1)\ndef f(): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])])], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y\n",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[Expr(value=Name(id='y', ctx=Load()))])])])], type_ignores=[])"},
    {"while x:\n    break\nelse:\n    continue\n",
     "Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"},
    {"for i, j in x:\n    pass\nelse:\n    pass\n",
     "Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Name(id='j', ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"},
    {"try:\n    pass\nexcept* E:\n    pass\n",
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"},
    {"with (a as b, c as d):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"},
    {"with (a, b) as c:\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"import a.b.c as d, e\n",
     "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[])"},
    {"from . import x\n",
     "Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"},
    {"from ..a.b import (c as d, e,)\n",
     "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=2)], type_ignores=[])"},
    {"from a import *\n",
     "Module(body=[ImportFrom(module='a', names=[alias(name='*')], level=0)], type_ignores=[])"},
    {"global a, b\n",
     "Module(body=[Global(names=['a', 'b'])], type_ignores=[])"},
    {"raise E from F\n",
     "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='F', ctx=Load()))], type_ignores=[])"},
    {"assert x, \"msg\"\n",
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"},
    {"x = [1, 2, *a]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x = {1: 2, **a, 3: 4}\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value=1), None, Constant(value=3)], values=[Constant(value=2), Name(id='a', ctx=Load()), Constant(value=4)]))], type_ignores=[])"},
    {"x = {1, 2, *a}\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1), Constant(value=2), Starred(value=Name(id='a', ctx=Load()), ctx=Load())]))], type_ignores=[])"},
    {"x = [i for i in range(10) if i if j for k in l]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), ifs=[Name(id='i', ctx=Load()), Name(id='j', ctx=Load())], is_async=0), comprehension(target=Name(id='k', ctx=Store()), iter=Name(id='l', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = {k: v for k, v in d}\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = (a for a in b)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"x = a if b else c\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"},
    {"x = not a and b or c and d or e\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())]), Name(id='e', ctx=Load())]))], type_ignores=[])"},
    {"x = a < b <= c != d in e not in f is g is not h\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq(), In(), NotIn(), Is(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load())]))], type_ignores=[])"},
    {"x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult(), right=BinOp(left=Name(id='m', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='n', ctx=Load()), op=Pow(), right=UnaryOp(op=Invert(), operand=Name(id='o', ctx=Load()))))))))))))], type_ignores=[])"},
    {"x = (yield)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"},
    {"def g():\n    yield from x\n    y = yield 1, 2\n",
     "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load()))), Assign(targets=[Name(id='y', ctx=Store())], value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())))], decorator_list=[])], type_ignores=[])"},
    {"if (n := 10) > 5: pass\n",
     "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Constant(value=10)), ops=[Gt()], comparators=[Constant(value=5)]), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"x = 1; y = 2;\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"},
    {"print(*a, sep='')\n",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[])"},
    {"x = 'a' 'b' \"c\"\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"},
    {"x = f\"a{x!r:>{w}}b{y=}c{{}}\"\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='by='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), Constant(value='c{}')]))], type_ignores=[])"},
    {"x = \"a\" f\"{b}\" 'c'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')]))], type_ignores=[])"},
    {"x = f\"\"\"\n{a +\n  b} {c}\"\"\"\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), conversion=-1), Constant(value=' '), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))], type_ignores=[])"},
    {"x = a[1:2:3]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type_ignores=[])"},
    {"x = a[:, 1]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = a[1,]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = 1, 2,\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"},
    {"f(x for x in y)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"x = ()\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"},
    {"x = (1,)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"},
    {"a, *b = c\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"[a, b] = c\n",
     "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"for x, in y: pass\n",
     "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"},
    {"def f(*, a: int = 1, **kw: str): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], kw_defaults=[Constant(value=1)], kwarg=arg(arg='kw', annotation=Name(id='str', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"},
    {"x = lambda: (yield)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])"},
    {"x = a.b.c(d)(e)[f]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Call(func=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), args=[Name(id='e', ctx=Load())], keywords=[]), slice=Name(id='f', ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"x = ((a))\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Name(id='a', ctx=Load()))], type_ignores=[])"},
    {"x = ((a, b))\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"},
    {"x = 1 if 2 else 3 if 4 else 5\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Constant(value=2), body=Constant(value=1), orelse=IfExp(test=Constant(value=4), body=Constant(value=3), orelse=Constant(value=5))))], type_ignores=[])"},
    {"x = -1\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1)))], type_ignores=[])"},
    {"if x:\n    pass\n\n# comment\n\ny = 1\n",
     "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[]), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
};
static const Case pos_cases[] = {
    {"x = f(a, *b, c=1, **d)[1:2, ::3].y\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Attribute(value=Subscript(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], keywords=[keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16), keyword(value=Name(id='d', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), lineno=1, col_offset=18, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=22), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), upper=Constant(value=2, lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), lineno=1, col_offset=23, end_lineno=1, end_col_offset=26), Slice(step=Constant(value=3, lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), lineno=1, col_offset=28, end_lineno=1, end_col_offset=31)], ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=31), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=32), attr='y', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=34), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34)], type_ignores=[])"},
    {"a = b = c\n",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"},
    {"x: int = 5\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=5, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"},
    {"(x): int\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"},
    {"a.b += 1\n",
     "Module(body=[AugAssign(target=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), op=Add(), value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"},
    {"del a, b[0], c.d\n",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"},
    {"def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='b', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], args=[arg(arg='c', lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], vararg=arg(arg='args', lineno=1, col_offset=23, end_lineno=1, end_col_offset=27), kwonlyargs=[arg(arg='d', lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), arg(arg='e', lineno=1, col_offset=32, end_lineno=1, end_col_offset=33)], kw_defaults=[None, Constant(value=3, lineno=1, col_offset=34, end_lineno=1, end_col_offset=35)], kwarg=arg(arg='kw', lineno=1, col_offset=39, end_lineno=1, end_col_offset=41), defaults=[Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), Constant(value=2, lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)]), body=[Return(value=Name(id='a', ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], decorator_list=[], returns=Name(id='int', ctx=Load(), lineno=1, col_offset=46, end_lineno=1, end_col_offset=49), lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], type_ignores=[])"},
    {"lambda x, *y, z=1, **k: x\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], vararg=arg(arg='y', lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), kwonlyargs=[arg(arg='z', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], kw_defaults=[Constant(value=1, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)], kwarg=arg(arg='k', lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), defaults=[]), body=Name(id='x', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)], type_ignores=[])"},
    {"async def f():\n    await x\n    async for a in b:\n        pass\n    async with a as b, c:\n        pass\n",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=4, end_lineno=2, end_col_offset=11), lineno=2, col_offset=4, end_lineno=2, end_col_offset=11), AsyncFor(target=Name(id='a', ctx=Store(), lineno=3, col_offset=14, end_lineno=3, end_col_offset=15), iter=Name(id='b', ctx=Load(), lineno=3, col_offset=19, end_lineno=3, end_col_offset=20), body=[Pass(lineno=4, col_offset=8, end_lineno=4, end_col_offset=12)], orelse=[], lineno=3, col_offset=4, end_lineno=4, end_col_offset=12), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=5, col_offset=15, end_lineno=5, end_col_offset=16), optional_vars=Name(id='b', ctx=Store(), lineno=5, col_offset=20, end_lineno=5, end_col_offset=21)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=5, col_offset=23, end_lineno=5, end_col_offset=24))], body=[Pass(lineno=6, col_offset=8, end_lineno=6, end_col_offset=12)], lineno=5, col_offset=4, end_lineno=6, end_col_offset=12)], decorator_list=[], lineno=1, col_offset=0, end_lineno=6, end_col_offset=12)], type_ignores=[])"},
    {"class A(B, metaclass=M):\n    x = 1\n    def f(self): pass\n",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=11, end_lineno=1, end_col_offset=22)], body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], value=Constant(value=1, lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self', lineno=3, col_offset=10, end_lineno=3, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=3, col_offset=17, end_lineno=3, end_col_offset=21)], decorator_list=[], lineno=3, col_offset=4, end_lineno=3, end_col_offset=21)], decorator_list=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=21)], type_ignores=[])"},
    {"@dec\n@dec2(1)\ndef f(): pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=3, col_offset=9, end_lineno=3, end_col_offset=13)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Call(func=Name(id='dec2', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=5), args=[Constant(value=1, lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], keywords=[], lineno=2, col_offset=1, end_lineno=2, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=13)], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y\n",
     "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[If(test=Name(id='c', ctx=Load(), lineno=5, col_offset=5, end_lineno=5, end_col_offset=6), body=[Expr(value=Name(id='x', ctx=Load(), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5)], orelse=[Expr(value=Name(id='y', ctx=Load(), lineno=8, col_offset=4, end_lineno=8, end_col_offset=5), lineno=8, col_offset=4, end_lineno=8, end_col_offset=5)], lineno=5, col_offset=0, end_lineno=8, end_col_offset=5)], lineno=3, col_offset=0, end_lineno=8, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=8, end_col_offset=5)], type_ignores=[])"},
    {"x = f(a, *b, c=1, **d)[1:2, ::3].y\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Attribute(value=Subscript(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=11)], keywords=[keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16), keyword(value=Name(id='d', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), lineno=1, col_offset=18, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=22), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), upper=Constant(value=2, lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), lineno=1, col_offset=23, end_lineno=1, end_col_offset=26), Slice(step=Constant(value=3, lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), lineno=1, col_offset=28, end_lineno=1, end_col_offset=31)], ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=31), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=32), attr='y', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=34), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34)], type_ignores=[])"},
    {"del a, b[0], c.d\n",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"},
    {"x = [1, 2, *a]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=13)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"},
    {"x = [i for i in range(10) if i if j for k in l]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=Name(id='i', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), iter=Call(func=Name(id='range', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=21), args=[Constant(value=10, lineno=1, col_offset=22, end_lineno=1, end_col_offset=24)], keywords=[], lineno=1, col_offset=16, end_lineno=1, end_col_offset=25), ifs=[Name(id='i', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), Name(id='j', ctx=Load(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=35)], is_async=0), comprehension(target=Name(id='k', ctx=Store(), lineno=1, col_offset=40, end_lineno=1, end_col_offset=41), iter=Name(id='l', ctx=Load(), lineno=1, col_offset=45, end_lineno=1, end_col_offset=46), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=47), lineno=1, col_offset=0, end_lineno=1, end_col_offset=47)], type_ignores=[])"},
    {"x = f\"a{x!r:>{w}}b{y=}c{{}}\"\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=4, end_lineno=1, end_col_offset=28), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=4, end_lineno=1, end_col_offset=28), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=28)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=28), lineno=1, col_offset=4, end_lineno=1, end_col_offset=28), Constant(value='by=', lineno=1, col_offset=4, end_lineno=1, end_col_offset=28), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), conversion=114, lineno=1, col_offset=4, end_lineno=1, end_col_offset=28), Constant(value='c{}', lineno=1, col_offset=4, end_lineno=1, end_col_offset=28)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=28), lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)], type_ignores=[])"},
    {"x = \"a\" f\"{b}\" 'c'\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), Constant(value='c', lineno=1, col_offset=4, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"},
    {"x = f\"\"\"\n{a +\n  b} {c}\"\"\"\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='\\n', lineno=1, col_offset=4, end_lineno=3, end_col_offset=11), FormattedValue(value=BinOp(left=Name(id='a', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), op=Add(), right=Name(id='b', ctx=Load(), lineno=3, col_offset=2, end_lineno=3, end_col_offset=3), lineno=2, col_offset=1, end_lineno=3, end_col_offset=3), conversion=-1, lineno=1, col_offset=4, end_lineno=3, end_col_offset=11), Constant(value=' ', lineno=1, col_offset=4, end_lineno=3, end_col_offset=11), FormattedValue(value=Name(id='c', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), conversion=-1, lineno=1, col_offset=4, end_lineno=3, end_col_offset=11)], lineno=1, col_offset=4, end_lineno=3, end_col_offset=11), lineno=1, col_offset=0, end_lineno=3, end_col_offset=11)], type_ignores=[])"},
    {"x = a[1:2:3]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), upper=Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), step=Constant(value=3, lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"},
    {"x = a[:, 1]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Tuple(elts=[Slice(lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"x = a[1,]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Tuple(elts=[Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"},
    {"[a, b] = c\n",
     "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"},
    {"x = a.b.c(d)(e)[f]\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Call(func=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), attr='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=7), attr='c', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), args=[Name(id='d', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), args=[Name(id='e', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), slice=Name(id='f', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"},
    {"x = ((a))\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"},
    {"x = ((a, b))\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"},
};
static const ErrCase err_cases[] = {
    {"f() = 1\n", OU_SYNERR_SYNTAX, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"1 = 1\n", OU_SYNERR_SYNTAX, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"a + b = 1\n", OU_SYNERR_SYNTAX, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {"del f()\n", OU_SYNERR_SYNTAX, "cannot delete function call", 1, 5, 1, 8},
    {"(a, b) += 1\n", OU_SYNERR_SYNTAX, "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7},
    {"a, b += 1\n", OU_SYNERR_SYNTAX, "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5},
    {"f() += 1\n", OU_SYNERR_SYNTAX, "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4},
    {"x = yield = 1\n", OU_SYNERR_SYNTAX, "assignment to yield expression not possible", 1, 5, 1, 10},
    {"[a, f()] = 1\n", OU_SYNERR_SYNTAX, "cannot assign to function call", 1, 5, 1, 8},
    {"a if b else c = 1\n", OU_SYNERR_SYNTAX, "cannot assign to conditional expression", 1, 1, 1, 14},
    {"lambda: 1 = 1\n", OU_SYNERR_SYNTAX, "cannot assign to lambda", 1, 1, 1, 10},
    {"\"s\" = 1\n", OU_SYNERR_SYNTAX, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"None = 1\n", OU_SYNERR_SYNTAX, "cannot assign to None", 1, 1, 1, 5},
    {"True = 1\n", OU_SYNERR_SYNTAX, "cannot assign to True", 1, 1, 1, 5},
    {"... = 1\n", OU_SYNERR_SYNTAX, "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"a, b: int\n", OU_SYNERR_SYNTAX, "only single target (not tuple) can be annotated", 1, 1, 1, 2},
    {"-a = 1\n", OU_SYNERR_SYNTAX, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 3},
    {"a < b = 1\n", OU_SYNERR_SYNTAX, "cannot assign to comparison", 1, 1, 1, 6},
    {"f(a.b=1)\n", OU_SYNERR_SYNTAX, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
    {"f(a=1, b)\n", OU_SYNERR_SYNTAX, "positional argument follows keyword argument", 1, 9, 1, 10},
    {"f(**a, b)\n", OU_SYNERR_SYNTAX, "positional argument follows keyword argument unpacking", 1, 9, 1, 10},
    {"f(**a, *b)\n", OU_SYNERR_SYNTAX, "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
    {"f(x for x in y, 1)\n", OU_SYNERR_SYNTAX, "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"del a + 1\n", OU_SYNERR_SYNTAX, "cannot delete expression", 1, 5, 1, 10},
    {"for f() in x: pass\n", OU_SYNERR_SYNTAX, "cannot assign to function call", 1, 5, 1, 8},
    {"with a as f(): pass\n", OU_SYNERR_SYNTAX, "cannot assign to function call", 1, 11, 1, 14},
    {"[x for f() in y]\n", OU_SYNERR_SYNTAX, "cannot assign to function call", 1, 8, 1, 11},
    {"(a.b := 1)\n", OU_SYNERR_SYNTAX, "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {"(a[1] := 1)\n", OU_SYNERR_SYNTAX, "cannot use assignment expressions with subscript", 1, 2, 1, 6},
    {"((a, b) := 1)\n", OU_SYNERR_SYNTAX, "cannot use assignment expressions with tuple", 1, 2, 1, 8},
    {"x := 1\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 3, 1, 5},
    {"def f(a=1, b): pass\n", OU_SYNERR_SYNTAX, "non-default argument follows default argument", 1, 12, 1, 13},
    {"def f(*): pass\n", OU_SYNERR_SYNTAX, "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(*, **k): pass\n", OU_SYNERR_SYNTAX, "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(a, /, b, /): pass\n", OU_SYNERR_SYNTAX, "/ may appear only once", 1, 16, 1, 17},
    {"def f(*a, /): pass\n", OU_SYNERR_SYNTAX, "/ must be ahead of *", 1, 11, 1, 12},
    {"def f(**k, a): pass\n", OU_SYNERR_SYNTAX, "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"def f(**k, *a): pass\n", OU_SYNERR_SYNTAX, "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"def f(*a, *b): pass\n", OU_SYNERR_SYNTAX, "* argument may appear only once", 1, 11, 1, 12},
    {"lambda a=1, b: 1\n", OU_SYNERR_SYNTAX, "non-default argument follows default argument", 1, 13, 1, 14},
    {"x = (a as b)\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 8, 1, 10},
    {"try:\n  pass\nexcept* A:\n  pass\nexcept B:\n  pass\n", OU_SYNERR_SYNTAX, "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 5, 7},
    {"try:\n  pass\nexcept*:\n  pass\n", OU_SYNERR_SYNTAX, "expected one or more exception types", 3, 8, 3, 9},
    {"x = b\"a\" \"b\"\n", OU_SYNERR_SYNTAX, "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"del f(), a\n", OU_SYNERR_SYNTAX, "cannot delete function call", 1, 5, 1, 8},
    {"del *a\n", OU_SYNERR_SYNTAX, "cannot delete starred", 1, 5, 1, 7},
    {"f(*a = 1)\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 6, 1, 7},
    {"f(**a = 1)\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 7, 1, 8},
    {"a + 1 += 1\n", OU_SYNERR_SYNTAX, "'expression' is an illegal expression for augmented assignment", 1, 1, 1, 6},
    {"[*a for a in b]\n", OU_SYNERR_SYNTAX, "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {"{**a for a in b}\n", OU_SYNERR_SYNTAX, "dict unpacking cannot be used in dict comprehension", 1, 2, 1, 4},
    {"x = 1 +\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 8, 1, 8},
    {"if x\n  pass\n", OU_SYNERR_SYNTAX, "expected ':'", 1, 5, 1, 5},
    {"if x:\npass\n", OU_SYNERR_INDENTATION, "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {"  x = 1\n", OU_SYNERR_INDENTATION, "unexpected indent", 1, 2, 1, -1},
    {"x = [1, 2 3]\n", OU_SYNERR_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12},
    {"foo(a b)\n", OU_SYNERR_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 5, 1, 8},
    {"for x in y:\n", OU_SYNERR_INDENTATION, "expected an indented block after 'for' statement on line 1", 1, 12, 1, -1},
    {"def f():\n", OU_SYNERR_INDENTATION, "expected an indented block after function definition on line 1", 1, 9, 1, -1},
    {"class A:\n", OU_SYNERR_INDENTATION, "expected an indented block after class definition on line 1", 1, 9, 1, -1},
    {"while x:\n", OU_SYNERR_INDENTATION, "expected an indented block after 'while' statement on line 1", 1, 9, 1, -1},
    {"try:\n", OU_SYNERR_INDENTATION, "expected an indented block after 'try' statement on line 1", 1, 5, 1, -1},
    {"with a:\n", OU_SYNERR_INDENTATION, "expected an indented block after 'with' statement on line 1", 1, 8, 1, -1},
    {"if x:\n    pass\nelse:\n", OU_SYNERR_INDENTATION, "expected an indented block after 'else' statement on line 3", 3, 6, 3, -1},
    {"if x:\n    pass\nelif y:\n", OU_SYNERR_INDENTATION, "expected an indented block after 'elif' statement on line 3", 3, 8, 3, -1},
    {"try:\n    pass\nexcept:\n", OU_SYNERR_INDENTATION, "expected an indented block after 'except' statement on line 3", 3, 8, 3, -1},
    {"try:\n    pass\nfinally:\n", OU_SYNERR_INDENTATION, "expected an indented block after 'finally' statement on line 3", 3, 9, 3, -1},
    {"x = 1 if 2\n", OU_SYNERR_SYNTAX, "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"a = 1 = 2\n", OU_SYNERR_SYNTAX, "cannot assign to literal", 1, 5, 1, 6},
    {"class A(x for x in y): pass\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 11, 1, 14},
    {"x = {1, 2: 3}\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 10, 1, 11},
    {"f(a, b for b in c)\n", OU_SYNERR_SYNTAX, "Generator expression must be parenthesized", 1, 6, 1, 18},
    {"1 + \n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 5, 1, 5},
    {"else: pass\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 1, 1, 5},
    {"a b\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 3, 1, 4},
    {"if True:\n    pass\n    else: pass\n", OU_SYNERR_SYNTAX, "invalid syntax", 3, 5, 3, 9},
    {"a = b c d\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 7, 1, 8},
    {"x.1\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 2, 1, 4},
    {"if x pass\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 6, 1, 10},
    {"while x\n  pass\n", OU_SYNERR_SYNTAX, "expected ':'", 1, 8, 1, 8},
    {"for x in y\n  pass\n", OU_SYNERR_SYNTAX, "expected ':'", 1, 11, 1, 11},
    {"def f()\n  pass\n", OU_SYNERR_SYNTAX, "expected ':'", 1, 8, 1, 8},
    {"class A\n  pass\n", OU_SYNERR_SYNTAX, "expected ':'", 1, 8, 1, 8},
    {"try\n  pass\n", OU_SYNERR_SYNTAX, "expected ':'", 1, 4, 1, 4},
    {"with a\n  pass\n", OU_SYNERR_SYNTAX, "expected ':'", 1, 7, 1, 7},
    {"if x:\n  pass\nelse\n  pass\n", OU_SYNERR_SYNTAX, "expected ':'", 3, 5, 3, 5},
    {"lambda x\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 9, 1, 9},
    {"x = 1 if 2 else\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 16, 1, 16},
    {"(x for x in y) = 1\n", OU_SYNERR_SYNTAX, "cannot assign to generator expression", 1, 1, 1, 15},
    {"a, f() = 1\n", OU_SYNERR_SYNTAX, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7},
    {"x = f() = 1\n", OU_SYNERR_SYNTAX, "cannot assign to function call", 1, 5, 1, 8},
    {"f() = a if b else c\n", OU_SYNERR_SYNTAX, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"f() = 1, 2\n", OU_SYNERR_SYNTAX, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"f'{a b}'\n", OU_SYNERR_SYNTAX, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"f'{}'\n", OU_SYNERR_SYNTAX, "f-string: empty expression not allowed", 1, 6, 1, 6},
    {"f'}'\n", OU_SYNERR_SYNTAX, "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {"f'{a!x}'\n", OU_SYNERR_SYNTAX, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {"x = [1, 2, f(a) b.c[1] + 2]\n", OU_SYNERR_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 12, 1, 27},
};
#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static char *dump_of(const char *src, OuParseMode mode, int attrs)
{
    OuAstArena *arena = ou_ast_arena_new();
    OuSyntaxErrorInfo err;
    int incomplete = 0;
    ck_assert_ptr_nonnull(arena);
    OuAstModule *m = ou_parse(src, strlen(src), mode, arena, &err, &incomplete);
    char *d;
    if (m == NULL) {
        d = malloc(strlen(err.msg) + 8);
        strcpy(d, "ERROR: ");
        strcat(d, err.msg);
    } else {
        d = ou_ast_dump_ex(m, attrs);
    }
    ou_ast_arena_free(arena);
    return d;
}

START_TEST(test_parser_dump_matches_cpython)
{
    const Case *c = &dump_cases[_i];
    char *d = dump_of(c->src, OU_PARSE_FILE, 0);
    ck_assert_msg(strcmp(d, c->expect) == 0, "source:\n%s\nexpected: %s\ngot:      %s", c->src,
                  c->expect, d);
    free(d);
}
END_TEST

START_TEST(test_parser_positions_match_cpython)
{
    const Case *c = &pos_cases[_i];
    char *d = dump_of(c->src, OU_PARSE_FILE, 1);
    ck_assert_msg(strcmp(d, c->expect) == 0, "source:\n%s\nexpected: %s\ngot:      %s", c->src,
                  c->expect, d);
    free(d);
}
END_TEST

START_TEST(test_parser_errors_match_cpython)
{
    const ErrCase *c = &err_cases[_i];
    OuAstArena *arena = ou_ast_arena_new();
    OuSyntaxErrorInfo err;
    int incomplete = 0;
    OuAstModule *m = ou_parse(c->src, strlen(c->src), OU_PARSE_FILE, arena, &err, &incomplete);
    ou_ast_arena_free(arena);
    ck_assert_msg(m == NULL, "no error for:\n%s", c->src);
    ck_assert_msg(strcmp(err.msg, c->msg) == 0, "source:\n%s\nexpected: %s\ngot:      %s",
                  c->src, c->msg, err.msg);
    ck_assert_int_eq(err.kind, c->kind);
    ck_assert_int_eq(err.line, c->lineno);
    ck_assert_int_eq(err.col + 1, c->offset);
    ck_assert_int_eq(err.end_line, c->end_lineno);
    ck_assert_int_eq(err.end_col + 1, c->end_offset);
}
END_TEST

START_TEST(test_parser_eval_and_single_modes)
{
    char *d = dump_of("a + 1\n", OU_PARSE_EVAL, 0);
    ck_assert_str_eq(d, "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), "
                        "right=Constant(value=1)))");
    free(d);
    d = dump_of("x = 1; y = 2\n", OU_PARSE_SINGLE, 0);
    ck_assert_str_eq(d, "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], "
                        "value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], "
                        "value=Constant(value=2))])");
    free(d);
    d = dump_of("x = 1\ny = 2\n", OU_PARSE_SINGLE, 0);
    ck_assert_str_eq(d, "ERROR: multiple statements found while compiling a single statement");
    free(d);
}
END_TEST

static int incomplete_of(const char *src)
{
    OuAstArena *arena = ou_ast_arena_new();
    OuSyntaxErrorInfo err;
    int incomplete = -1;
    OuAstModule *m = ou_parse(src, strlen(src), OU_PARSE_SINGLE, arena, &err, &incomplete);
    ou_ast_arena_free(arena);
    return m == NULL ? incomplete : -1;
}

START_TEST(test_parser_incomplete_input)
{
    ck_assert_int_eq(incomplete_of("if x:\n"), 1);
    ck_assert_int_eq(incomplete_of("x = (1,\n"), 1);
    ck_assert_int_eq(incomplete_of("x = '''abc\n"), 1);
    ck_assert_int_eq(incomplete_of("try:\n    pass\n"), 1);
    ck_assert_int_eq(incomplete_of("x = 1 +\n"), 0);
    ck_assert_int_eq(incomplete_of("x = )\n"), 0);
}
END_TEST

START_TEST(test_parser_deep_nesting)
{
    static char buf[8192];
    int n = sprintf(buf, "x = ");
    for (int i = 0; i < 199; i++)
        buf[n++] = '(';
    buf[n++] = '1';
    for (int i = 0; i < 199; i++)
        buf[n++] = ')';
    buf[n++] = '\n';
    buf[n] = '\0';
    char *d = dump_of(buf, OU_PARSE_FILE, 0);
    ck_assert_str_eq(d, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
                        "value=Constant(value=1))], type_ignores=[])");
    free(d);
    n = 0;
    for (int i = 0; i < 300; i++)
        buf[n++] = '[';
    for (int i = 0; i < 300; i++)
        buf[n++] = ']';
    buf[n++] = '\n';
    buf[n] = '\0';
    d = dump_of(buf, OU_PARSE_FILE, 0);
    ck_assert_str_eq(d, "ERROR: too many nested parentheses");
    free(d);
    n = sprintf(buf, "x = ");
    for (int i = 0; i < 3000; i++)
        buf[n++] = '-';
    buf[n++] = '1';
    buf[n++] = '\n';
    buf[n] = '\0';
    d = dump_of(buf, OU_PARSE_FILE, 0);
    ck_assert(strncmp(d, "Module(", 7) == 0);
    free(d);
}
END_TEST

static Suite *parser_suite(void)
{
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("dump");
    tcase_add_loop_test(tc, test_parser_dump_matches_cpython, 0, COUNT(dump_cases));
    tcase_add_loop_test(tc, test_parser_positions_match_cpython, 0, COUNT(pos_cases));
    suite_add_tcase(s, tc);
    tc = tcase_create("errors");
    tcase_add_loop_test(tc, test_parser_errors_match_cpython, 0, COUNT(err_cases));
    tcase_add_test(tc, test_parser_incomplete_input);
    suite_add_tcase(s, tc);
    tc = tcase_create("modes");
    tcase_add_test(tc, test_parser_eval_and_single_modes);
    tcase_add_test(tc, test_parser_deep_nesting);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(parser_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
