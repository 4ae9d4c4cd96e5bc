// compiler/opcodes.h: THE bytecode list. There is deliberately no include
// guard; the includer defines OU_OP(name, operand, pops, pushes) first.
//
// `operand` is the kind of the instruction's argument (OuOperandKind in
// compiler/compiler.h, without its OU_OPERAND_ prefix); dis.c prints the
// resolved argument from it. `pops` and `pushes` are expressions in ARG (the
// full argument after EXTENDED_ARG) giving the stack effect when execution
// falls through to the next instruction; the compiler's stack-depth pass and
// the VM's debug checks both derive from them. Three jumps have a different
// effect when taken, noted on their lines (compile.c knows them by name).
//
// The instruction set is CPython 3.11's, without adaptive specialisation,
// inline caches, RESUME and PRECALL. Differences that matter to the VM:
//   - every jump argument is an ABSOLUTE target, counted in code words;
//   - LOAD_FAST checks for an unbound local itself (UnboundLocalError);
//   - LOCAL and FREE operands index `localsplus` (locals, then cells, then
//     free variables), as 3.11's do.
// The order below is the opcode numbering; new opcodes go at the end so the
// numbers of existing ones stay stable. There must stay fewer than 256.
//
// Stack pictures are written bottom ... top; "NULL" is a C NULL slot.

// ---- Stack manipulation ----
OU_OP(NOP,                  NONE,    0,       0)
OU_OP(POP_TOP,              NONE,    1,       0)
OU_OP(PUSH_NULL,            NONE,    0,       1)
// COPY i: push a new reference to the i-th item from the top (1 = TOS).
OU_OP(COPY,                 RAW,     ARG,     ARG + 1)
// SWAP i: exchange TOS and the i-th item from the top (i >= 2).
OU_OP(SWAP,                 RAW,     ARG,     ARG)
OU_OP(EXTENDED_ARG,         RAW,     0,       0)

// ---- Names ----
OU_OP(LOAD_CONST,           CONST,   0,       1)
OU_OP(LOAD_FAST,            LOCAL,   0,       1)   // UnboundLocalError when empty
OU_OP(STORE_FAST,           LOCAL,   1,       0)
OU_OP(DELETE_FAST,          LOCAL,   0,       0)   // UnboundLocalError when empty
OU_OP(LOAD_NAME,            NAME,    0,       1)   // locals, globals, builtins
OU_OP(STORE_NAME,           NAME,    1,       0)
OU_OP(DELETE_NAME,          NAME,    0,       0)
// LOAD_GLOBAL i: names[i >> 1] from globals then builtins; when i & 1, push
// NULL first (the callable slot of a following CALL).
OU_OP(LOAD_GLOBAL,          GLOBAL,  0,       (ARG & 1) + 1)
OU_OP(STORE_GLOBAL,         NAME,    1,       0)
OU_OP(DELETE_GLOBAL,        NAME,    0,       0)
// Cells and free variables. The operand indexes localsplus.
OU_OP(MAKE_CELL,            FREE,    0,       0)   // wrap localsplus[i] (maybe empty) in a new cell
OU_OP(COPY_FREE_VARS,       COUNT,   0,       0)   // copy the function's closure into the last n slots
OU_OP(LOAD_CLOSURE,         FREE,    0,       1)   // push the cell itself
OU_OP(LOAD_DEREF,           FREE,    0,       1)   // cell contents; NameError/UnboundLocalError when empty
OU_OP(LOAD_CLASSDEREF,      FREE,    0,       1)   // class bodies: the locals dict first, then the cell
OU_OP(STORE_DEREF,          FREE,    1,       0)
OU_OP(DELETE_DEREF,         FREE,    0,       0)

// ---- Attributes and items ----
OU_OP(LOAD_ATTR,            NAME,    1,       1)   // obj -> obj.name
OU_OP(STORE_ATTR,           NAME,    2,       0)   // value obj -> ; obj.name = value
OU_OP(DELETE_ATTR,          NAME,    1,       0)   // obj ->
// LOAD_METHOD name: obj -> func obj (an unbound method found on the type)
// or obj -> NULL attr (anything else), ready for CALL.
OU_OP(LOAD_METHOD,          NAME,    1,       2)
OU_OP(BINARY_SUBSCR,        NONE,    2,       1)   // container key -> container[key]
OU_OP(STORE_SUBSCR,         NONE,    3,       0)   // value container key ->
OU_OP(DELETE_SUBSCR,        NONE,    2,       0)   // container key ->
OU_OP(BUILD_SLICE,          COUNT,   ARG,     1)   // 2 or 3 bounds

// ---- Operators ----
OU_OP(UNARY_POSITIVE,       NONE,    1,       1)
OU_OP(UNARY_NEGATIVE,       NONE,    1,       1)
OU_OP(UNARY_NOT,            NONE,    1,       1)
OU_OP(UNARY_INVERT,         NONE,    1,       1)
OU_OP(BINARY_OP,            BINOP,   2,       1)   // arg: OuBinOp (in-place forms included)
OU_OP(COMPARE_OP,           CMP,     2,       1)   // arg: OU_LT .. OU_GE
OU_OP(IS_OP,                INVERT,  2,       1)   // arg 1: `is not`
OU_OP(CONTAINS_OP,          INVERT,  2,       1)   // arg 1: `not in`

// ---- Building containers ----
OU_OP(BUILD_TUPLE,          COUNT,   ARG,     1)
OU_OP(BUILD_LIST,           COUNT,   ARG,     1)
OU_OP(BUILD_SET,            COUNT,   ARG,     1)
OU_OP(BUILD_MAP,            COUNT,   2 * ARG, 1)   // k1 v1 ... kn vn -> dict
OU_OP(BUILD_CONST_KEY_MAP,  COUNT,   ARG + 1, 1)   // v1 ... vn keys-tuple -> dict
OU_OP(BUILD_STRING,         COUNT,   ARG,     1)   // concatenate n str
// After popping the operands, the container is the ARG-th item from the top (1 = TOS).
OU_OP(LIST_APPEND,          COUNT,   1,       0)
OU_OP(SET_ADD,              COUNT,   1,       0)
OU_OP(MAP_ADD,              COUNT,   2,       0)   // key value ->
OU_OP(LIST_EXTEND,          COUNT,   1,       0)
OU_OP(SET_UPDATE,           COUNT,   1,       0)
OU_OP(DICT_UPDATE,          COUNT,   1,       0)
OU_OP(DICT_MERGE,           COUNT,   1,       0)   // as DICT_UPDATE, but duplicate keys are a TypeError (calls)
OU_OP(LIST_TO_TUPLE,        NONE,    1,       1)
OU_OP(UNPACK_SEQUENCE,      COUNT,   1,       ARG) // pushes the items last-first: item0 ends on top
// UNPACK_EX (after << 8 | before): before items, a list, after items.
OU_OP(UNPACK_EX,            RAW,     1,       (ARG & 0xFF) + (ARG >> 8) + 1)

// ---- Control flow (jump operands are absolute word offsets) ----
OU_OP(GET_ITER,             NONE,    1,       1)
// FOR_ITER: iter -> iter next. When exhausted: pops iter and jumps (1 -> 0).
OU_OP(FOR_ITER,             JUMP,    1,       2)
OU_OP(JUMP_FORWARD,         JUMP,    0,       0)
OU_OP(JUMP_BACKWARD,        JUMP,    0,       0)   // loops: the VM may check for interrupts here
OU_OP(JUMP_BACKWARD_NO_INTERRUPT, JUMP, 0,    0)
OU_OP(POP_JUMP_IF_FALSE,    JUMP,    1,       0)
OU_OP(POP_JUMP_IF_TRUE,     JUMP,    1,       0)
OU_OP(POP_JUMP_IF_NONE,     JUMP,    1,       0)
OU_OP(POP_JUMP_IF_NOT_NONE, JUMP,    1,       0)
// Jump keeping TOS when it tests false (true), else pop it (taken: 1 -> 1).
OU_OP(JUMP_IF_FALSE_OR_POP, JUMP,    1,       0)
OU_OP(JUMP_IF_TRUE_OR_POP,  JUMP,    1,       0)

// ---- Calls and functions ----
// KW_NAMES i: consts[i] is the tuple of keyword names of the next CALL.
OU_OP(KW_NAMES,             CONST,   0,       0)
// CALL n: NULL-or-callable callable-or-self arg1..argn -> result. In 3.11's
// layout: [NULL, f, args] calls f(args); [f, self, args] calls f(self, args).
OU_OP(CALL,                 COUNT,   ARG + 2, 1)
// CALL_FUNCTION_EX flags: NULL callable args-tuple [kwargs-dict if flags & 1] -> result
OU_OP(CALL_FUNCTION_EX,     FLAGS,   3 + (ARG & 1), 1)
// MAKE_FUNCTION flags: [defaults tuple if 0x01] [kwdefaults dict if 0x02]
// [annotations tuple if 0x04] [closure tuple of cells if 0x08] code -> function
OU_OP(MAKE_FUNCTION,        FLAGS,   1 + !!(ARG & 1) + !!(ARG & 2) + !!(ARG & 4) + !!(ARG & 8), 1)
OU_OP(RETURN_VALUE,         NONE,    1,       0)
OU_OP(LOAD_BUILD_CLASS,     NONE,    0,       1)

// ---- Exceptions (3.11 model: handlers come from the exception table) ----
// RAISE_VARARGS 0: re-raise the exception being handled; 1: raise TOS;
// 2: raise TOS1 from TOS.
OU_OP(RAISE_VARARGS,        COUNT,   ARG,     0)
// On entry to a handler the unwinder has pushed [lasti] exc. PUSH_EXC_INFO:
// exc -> previous-exc-info exc, and makes exc the one being handled.
OU_OP(PUSH_EXC_INFO,        NONE,    1,       2)
OU_OP(POP_EXCEPT,           NONE,    1,       0)   // prev-exc-info -> ; restores it
OU_OP(CHECK_EXC_MATCH,      NONE,    2,       2)   // exc type -> exc bool
// RERAISE n: exc -> ; raise it again. When n is set, first restore the frame's
// lasti from the item n below exc (so the traceback keeps the original line).
OU_OP(RERAISE,              RAW,     1,       0)
// BEFORE_WITH: mgr -> bound-__exit__ result-of-__enter__()
OU_OP(BEFORE_WITH,          NONE,    1,       2)
// WITH_EXCEPT_START: exit lasti prev-exc exc -> exit lasti prev-exc exc res,
// where res = exit(type(exc), exc, exc.__traceback__).
OU_OP(WITH_EXCEPT_START,    NONE,    4,       5)
OU_OP(LOAD_ASSERTION_ERROR, NONE,    0,       1)

// ---- Modules ----
OU_OP(IMPORT_NAME,          NAME,    2,       1)   // level fromlist -> module
OU_OP(IMPORT_FROM,          NAME,    1,       2)   // module -> module attr
OU_OP(IMPORT_STAR,          NONE,    1,       0)   // module -> ; fills the locals
OU_OP(SETUP_ANNOTATIONS,    NONE,    0,       0)   // create __annotations__ if missing

// ---- Generators (the VM supports them in a later release) ----
// RETURN_GENERATOR: make the generator and return it; when first resumed the
// frame sees the sent value (None) pushed, which a POP_TOP discards.
OU_OP(RETURN_GENERATOR,     NONE,    0,       1)
OU_OP(YIELD_VALUE,          NONE,    1,       1)   // value -> sent-value
OU_OP(GET_YIELD_FROM_ITER,  NONE,    1,       1)
// SEND target: receiver value -> receiver yielded; when the receiver
// returns, pops both, pushes the return value and jumps (2 -> 1).
OU_OP(SEND,                 JUMP,    2,       2)

// ---- Formatting and the REPL ----
// FORMAT_VALUE flags: (flags & 3) 0 none, 1 str(), 2 repr(), 3 ascii();
// flags & 4: a format spec is on top. [value] [spec] -> str
OU_OP(FORMAT_VALUE,         FLAGS,   1 + !!(ARG & 4), 1)
OU_OP(PRINT_EXPR,           NONE,    1,       0)   // interactive mode: display TOS via sys.displayhook
