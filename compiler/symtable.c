// compiler/symtable.c: decides, for every name in every scope, whether it is
// local, global, free or a cell. Two steps (see compiler/internal.h): `walk`
// records what each scope does with each name, then `analyze_block` resolves
// them from the module down, passing to each child the names bound in the
// enclosing functions (`bound`) and those declared global (`global`), and
// collecting from the children the names they need from outside (`free`).
// A local that a child needs becomes a cell. Class bodies are not enclosing
// scopes for their methods, except for the implicit `__class__` cell.
#include "compiler/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "gc/gc.h"

// ---- Small growable arrays ----

static int grow(void **items, int *cap, int need, size_t size)
{
    if (need <= *cap)
        return 0;
    int ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *p = ou_mem_realloc(*items, (size_t)ncap * size);
    if (p == NULL)
        return -1;
    *items = p;
    *cap = ncap;
    return 0;
}

// A set of names for the analysis; always small (enclosing functions' locals).
typedef struct {
    const char **items;
    int n, cap;
} NameSet;

static int set_has(const NameSet *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->items[i], name) == 0)
            return 1;
    return 0;
}

static int set_add(NameSet *s, const char *name)
{
    if (set_has(s, name))
        return 0;
    if (grow((void **)&s->items, &s->cap, s->n + 1, sizeof(char *)) < 0)
        return -1;
    s->items[s->n++] = name;
    return 0;
}

static void set_discard(NameSet *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->items[i], name) == 0) {
            s->items[i] = s->items[--s->n];
            return;
        }
}

static int set_update(NameSet *s, const NameSet *o)
{
    for (int i = 0; i < o->n; i++)
        if (set_add(s, o->items[i]) < 0)
            return -1;
    return 0;
}

static void set_free(NameSet *s) { ou_mem_free(s->items); s->items = NULL; s->n = s->cap = 0; }

// ---- Scopes and symbols ----

static unsigned hash_name(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static int find_index(const OuSymScope *s, const char *name)
{
    if (s->capindex == 0)
        return -1;
    unsigned mask = (unsigned)s->capindex - 1;
    for (unsigned i = hash_name(name) & mask;; i = (i + 1) & mask) {
        int k = s->index[i];
        if (k < 0)
            return -1;
        if (strcmp(s->syms[k].name, name) == 0)
            return k;
    }
}

static int reindex(OuSymScope *s, int cap)
{
    int *idx = ou_mem_alloc((size_t)cap * sizeof(int));
    if (idx == NULL)
        return -1;
    memset(idx, 0xff, (size_t)cap * sizeof(int));
    for (int k = 0; k < s->nsyms; k++) {
        unsigned i = hash_name(s->syms[k].name) & (unsigned)(cap - 1);
        while (idx[i] >= 0)
            i = (i + 1) & (unsigned)(cap - 1);
        idx[i] = k;
    }
    ou_mem_free(s->index);
    s->index = idx;
    s->capindex = cap;
    return 0;
}

const OuSymbol *ou_symtable_symbol(OuSymScope *s, const char *name)
{
    int k = find_index(s, name);
    return k < 0 ? NULL : &s->syms[k];
}

OuSymScopeKind ou_symtable_scope_of(OuSymScope *s, const char *name)
{
    const OuSymbol *sym = ou_symtable_symbol(s, name);
    return sym ? sym->scope : OU_SC_UNKNOWN;
}

OuSymScope *ou_symtable_child(OuSymScope *s, const void *node)
{
    for (int i = 0; i < s->nchildren; i++)
        if (s->children[i]->node == node)
            return s->children[i];
    return NULL;
}

static OuSymbol *get_symbol(OuSymScope *s, const char *name)
{
    int k = find_index(s, name);
    if (k >= 0)
        return &s->syms[k];
    if (grow((void **)&s->syms, &s->capsyms, s->nsyms + 1, sizeof(OuSymbol)) < 0)
        return NULL;
    OuSymbol *sym = &s->syms[s->nsyms++];
    memset(sym, 0, sizeof *sym);
    sym->name = name;
    if ((s->nsyms * 2 > s->capindex && reindex(s, s->capindex ? s->capindex * 2 : 16) < 0)) {
        s->nsyms--;
        return NULL;
    }
    if (s->capindex && find_index(s, name) < 0) {
        unsigned mask = (unsigned)s->capindex - 1, i = hash_name(name) & mask;
        while (s->index[i] >= 0)
            i = (i + 1) & mask;
        s->index[i] = s->nsyms - 1;
    }
    return sym;
}

static void scope_free(OuSymScope *s)
{
    if (s == NULL)
        return;
    for (int i = 0; i < s->nchildren; i++)
        scope_free(s->children[i]);
    ou_mem_free(s->children);
    ou_mem_free(s->syms);
    ou_mem_free(s->index);
    ou_mem_free(s->varnames);
    ou_mem_free(s);
}

void ou_symtable_free(OuSymtable *st)
{
    scope_free(st->top);
    st->top = NULL;
    if (st->arena)
        ou_ast_arena_free(st->arena);
    st->arena = NULL;
}

// ---- Name mangling ----

const char *ou_symtable_mangle(OuAstArena *arena, const char *cls, const char *name)
{
    size_t n = strlen(name);
    if (cls == NULL || n < 2 || name[0] != '_' || name[1] != '_')
        return name;
    // Dunder names and dotted import paths stay as written.
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*cls == '_')
        cls++;
    if (*cls == '\0')
        return name;
    size_t c = strlen(cls);
    char *buf = ou_ast_alloc(arena, 1 + c + n + 1);
    if (buf == NULL)
        return NULL;
    buf[0] = '_';
    memcpy(buf + 1, cls, c);
    memcpy(buf + 1 + c, name, n + 1);
    return buf;
}

// ---- Step 1: the walk ----

typedef struct {
    OuSymtable *st;
    OuSymScope *cur;
    const char *private_;       // the innermost enclosing class, for mangling
    int failed;
} Walker;

static int fail(Walker *w, OuAstPos pos, const char *fmt, ...)
{
    if (!w->failed) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(w->st->msg, sizeof w->st->msg, fmt, ap);
        va_end(ap);
        w->st->pos = pos;
    }
    w->failed = 1;
    return -1;
}

static int nomem(Walker *w)
{
    w->st->msg[0] = '\0';
    w->failed = 1;
    return -1;
}

static OuSymScope *enter(Walker *w, OuBlockKind kind, const char *name, const void *node, int lineno)
{
    OuSymScope *s = ou_mem_calloc(1, sizeof(OuSymScope));
    if (s == NULL)
        return NULL;
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->lineno = lineno;
    s->parent = w->cur;
    if (w->cur) {
        OuSymScope *p = w->cur;
        if (grow((void **)&p->children, &p->capchildren, p->nchildren + 1, sizeof(void *)) < 0) {
            ou_mem_free(s);
            return NULL;
        }
        p->children[p->nchildren++] = s;
        s->is_nested = p->kind == OU_BLOCK_FUNCTION || p->is_nested;
    }
    w->cur = s;
    return s;
}

static int add_def_in(Walker *w, OuSymScope *s, const char *name, int flag, OuAstPos pos)
{
    const char *m = ou_symtable_mangle(w->st->arena, w->private_, name);
    if (m == NULL)
        return nomem(w);
    OuSymbol *sym = get_symbol(s, m);
    if (sym == NULL)
        return nomem(w);
    if ((flag & OU_DEF_PARAM) && (sym->flags & OU_DEF_PARAM))
        return fail(w, pos, "duplicate argument '%s' in function definition", m);
    if ((flag & (OU_DEF_GLOBAL | OU_DEF_NONLOCAL)) && !(sym->flags & (OU_DEF_GLOBAL | OU_DEF_NONLOCAL)))
        sym->decl = pos;
    if ((flag & (OU_DEF_PARAM | OU_DEF_LOCAL | OU_DEF_IMPORT)) && !(sym->flags & OU_DEF_BOUND)
        && s->kind == OU_BLOCK_FUNCTION) {
        if (grow((void **)&s->varnames, &s->capvarnames, s->nvarnames + 1, sizeof(char *)) < 0)
            return nomem(w);
        s->varnames[s->nvarnames++] = m;
    }
    sym->flags |= flag;
    return 0;
}

static int add_def(Walker *w, const char *name, int flag, OuAstPos pos)
{
    return add_def_in(w, w->cur, name, flag, pos);
}

static int walk_expr(Walker *w, const OuExpr *e);
static int walk_stmts(Walker *w, const OuStmtSeq *seq);

static int walk_exprs(Walker *w, const OuExprSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i] && walk_expr(w, seq->items[i]) < 0)
            return -1;
    return 0;
}

static int walk_params(Walker *w, const OuArgSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (add_def(w, seq->items[i]->arg, OU_DEF_PARAM, seq->items[i]->pos) < 0)
            return -1;
    return 0;
}

static int walk_annotations(Walker *w, const OuArgSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i]->annotation && walk_expr(w, seq->items[i]->annotation) < 0)
            return -1;
    return 0;
}

// Defaults and annotations belong to the enclosing scope.
static int walk_arg_outer(Walker *w, const OuArguments *a, const OuExpr *returns)
{
    if (walk_exprs(w, &a->defaults) < 0 || walk_exprs(w, &a->kw_defaults) < 0)
        return -1;
    if (walk_annotations(w, &a->posonlyargs) < 0 || walk_annotations(w, &a->args) < 0
        || walk_annotations(w, &a->kwonlyargs) < 0)
        return -1;
    if (a->vararg && a->vararg->annotation && walk_expr(w, a->vararg->annotation) < 0)
        return -1;
    if (a->kwarg && a->kwarg->annotation && walk_expr(w, a->kwarg->annotation) < 0)
        return -1;
    if (returns && walk_expr(w, returns) < 0)
        return -1;
    return 0;
}

static int walk_arg_inner(Walker *w, const OuArguments *a)
{
    if (walk_params(w, &a->posonlyargs) < 0 || walk_params(w, &a->args) < 0
        || walk_params(w, &a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        if (add_def(w, a->vararg->arg, OU_DEF_PARAM, a->vararg->pos) < 0)
            return -1;
        w->cur->has_varargs = 1;
    }
    if (a->kwarg) {
        if (add_def(w, a->kwarg->arg, OU_DEF_PARAM, a->kwarg->pos) < 0)
            return -1;
        w->cur->has_varkw = 1;
    }
    return 0;
}

static const char *comp_scope_name(OuExprKind k)
{
    switch (k) {
    case AST_ListComp: return "<listcomp>";
    case AST_SetComp: return "<setcomp>";
    case AST_DictComp: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static const char *comp_kind_text(OuExprKind k)
{
    switch (k) {
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    default: return "generator expression";
    }
}

static int mark_comp_iter(Walker *w, const OuExpr *t);

static int walk_comprehension(Walker *w, const OuExpr *e)
{
    const OuComprehensionSeq *gens = &e->v.comp.generators;
    // The outermost iterable is evaluated in the enclosing scope.
    if (walk_expr(w, gens->items[0]->iter) < 0)
        return -1;
    OuSymScope *saved = w->cur;
    OuSymScope *s = enter(w, OU_BLOCK_FUNCTION, comp_scope_name(e->kind), e, e->pos.line);
    if (s == NULL)
        return nomem(w);
    s->is_comprehension = 1;
    s->is_generator = e->kind == AST_GeneratorExp;
    if (add_def(w, ".0", OU_DEF_PARAM, e->pos) < 0)
        return -1;
    for (int i = 0; i < gens->n; i++) {
        const OuComprehension *g = gens->items[i];
        if (g->is_async)
            return fail(w, e->pos, "asynchronous comprehension outside of an asynchronous function");
        if (i > 0 && walk_expr(w, g->iter) < 0)
            return -1;
        if (walk_expr(w, g->target) < 0 || mark_comp_iter(w, g->target) < 0)
            return -1;
        if (walk_exprs(w, &g->ifs) < 0)
            return -1;
    }
    if (e->kind == AST_DictComp) {
        if (walk_expr(w, e->v.comp.key) < 0 || walk_expr(w, e->v.comp.value) < 0)
            return -1;
    } else if (walk_expr(w, e->v.comp.elt) < 0) {
        return -1;
    }
    w->cur = saved;
    return 0;
}

// Mark the iteration variables of a comprehension (walrus may not rebind them).
static int mark_comp_iter(Walker *w, const OuExpr *t)
{
    switch (t->kind) {
    case AST_Name: {
        const char *m = ou_symtable_mangle(w->st->arena, w->private_, t->v.name.id);
        OuSymbol *sym = m ? get_symbol(w->cur, m) : NULL;
        if (sym == NULL)
            return nomem(w);
        sym->flags |= OU_DEF_COMP_ITER;
        return 0;
    }
    case AST_Tuple: case AST_List:
        for (int i = 0; i < t->v.list.elts.n; i++)
            if (mark_comp_iter(w, t->v.list.elts.items[i]) < 0)
                return -1;
        return 0;
    case AST_Starred:
        return mark_comp_iter(w, t->v.starred.value);
    default:
        return 0;
    }
}

static int walk_namedexpr(Walker *w, const OuExpr *e)
{
    const OuExpr *target = e->v.namedexpr.target;
    if (walk_expr(w, e->v.namedexpr.value) < 0)
        return -1;
    if (!w->cur->is_comprehension)
        return walk_expr(w, target);
    const char *name = target->v.name.id;
    const OuSymbol *sym = ou_symtable_symbol(w->cur, name);
    if (sym && (sym->flags & OU_DEF_COMP_ITER))
        return fail(w, target->pos,
                    "assignment expression cannot rebind comprehension iteration variable '%s'", name);
    // The target binds in the nearest enclosing scope that is not a comprehension.
    OuSymScope *s = w->cur->parent;
    while (s->is_comprehension)
        s = s->parent;
    if (s->kind == OU_BLOCK_CLASS)
        return fail(w, target->pos, "assignment expression within a comprehension cannot be used in a class body");
    if (s->kind == OU_BLOCK_MODULE) {
        if (add_def(w, name, OU_DEF_GLOBAL, target->pos) < 0)
            return -1;
        return add_def_in(w, s, name, OU_DEF_GLOBAL, target->pos);
    }
    const OuSymbol *outer = ou_symtable_symbol(s, name);
    if (add_def(w, name, outer && (outer->flags & OU_DEF_GLOBAL) ? OU_DEF_GLOBAL : OU_DEF_NONLOCAL,
                target->pos) < 0)
        return -1;
    return add_def_in(w, s, name, OU_DEF_LOCAL, target->pos);
}

static int walk_expr(Walker *w, const OuExpr *e)
{
    switch (e->kind) {
    case AST_BoolOp:
        return walk_exprs(w, &e->v.boolop.values);
    case AST_NamedExpr:
        return walk_namedexpr(w, e);
    case AST_BinOp:
        if (walk_expr(w, e->v.binop.left) < 0)
            return -1;
        return walk_expr(w, e->v.binop.right);
    case AST_UnaryOp:
        return walk_expr(w, e->v.unaryop.operand);
    case AST_Lambda: {
        if (walk_arg_outer(w, e->v.lambda.args, NULL) < 0)
            return -1;
        OuSymScope *saved = w->cur;
        OuSymScope *s = enter(w, OU_BLOCK_FUNCTION, "<lambda>", e, e->pos.line);
        if (s == NULL)
            return nomem(w);
        s->is_lambda = 1;
        if (walk_arg_inner(w, e->v.lambda.args) < 0 || walk_expr(w, e->v.lambda.body) < 0)
            return -1;
        w->cur = saved;
        return 0;
    }
    case AST_IfExp:
        if (walk_expr(w, e->v.ifexp.test) < 0 || walk_expr(w, e->v.ifexp.body) < 0)
            return -1;
        return walk_expr(w, e->v.ifexp.orelse);
    case AST_Dict:
        if (walk_exprs(w, &e->v.dict.keys) < 0)
            return -1;
        return walk_exprs(w, &e->v.dict.values);
    case AST_Set:
        return walk_exprs(w, &e->v.set.elts);
    case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp:
        return walk_comprehension(w, e);
    case AST_Await:
        return fail(w, e->pos, "'await' outside function");
    case AST_Yield: case AST_YieldFrom:
        if (w->cur->is_comprehension) {
            OuSymScope *s = w->cur;
            const OuExpr *node = s->node;
            return fail(w, e->pos, "'yield' inside %s", comp_kind_text(node->kind));
        }
        if (w->cur->kind != OU_BLOCK_FUNCTION)
            return fail(w, e->pos, "'yield' outside function");
        w->cur->is_generator = 1;
        if (e->kind == AST_Yield)
            return e->v.yield.value ? walk_expr(w, e->v.yield.value) : 0;
        return walk_expr(w, e->v.yieldfrom.value);
    case AST_Compare:
        if (walk_expr(w, e->v.compare.left) < 0)
            return -1;
        for (int i = 0; i < e->v.compare.n; i++)
            if (walk_expr(w, e->v.compare.comparators[i]) < 0)
                return -1;
        return 0;
    case AST_Call:
        if (walk_expr(w, e->v.call.func) < 0 || walk_exprs(w, &e->v.call.args) < 0)
            return -1;
        for (int i = 0; i < e->v.call.keywords.n; i++)
            if (walk_expr(w, e->v.call.keywords.items[i]->value) < 0)
                return -1;
        return 0;
    case AST_FormattedValue:
        if (walk_expr(w, e->v.formatted.value) < 0)
            return -1;
        return e->v.formatted.format_spec ? walk_expr(w, e->v.formatted.format_spec) : 0;
    case AST_JoinedStr:
        return walk_exprs(w, &e->v.joinedstr.values);
    case AST_Constant:
        return 0;
    case AST_Attribute:
        return walk_expr(w, e->v.attribute.value);
    case AST_Subscript:
        if (walk_expr(w, e->v.subscript.value) < 0)
            return -1;
        return walk_expr(w, e->v.subscript.slice);
    case AST_Starred:
        return walk_expr(w, e->v.starred.value);
    case AST_Name: {
        const char *id = e->v.name.id;
        if (add_def(w, id, e->v.name.ctx == AST_LOAD ? OU_USE : OU_DEF_LOCAL, e->pos) < 0)
            return -1;
        // super() with no arguments needs the implicit __class__ cell.
        if (e->v.name.ctx == AST_LOAD && w->cur->kind == OU_BLOCK_FUNCTION
            && strcmp(id, "super") == 0)
            return add_def(w, "__class__", OU_USE, e->pos);
        return 0;
    }
    case AST_List: case AST_Tuple:
        return walk_exprs(w, &e->v.list.elts);
    case AST_Slice:
        if (e->v.slice.lower && walk_expr(w, e->v.slice.lower) < 0)
            return -1;
        if (e->v.slice.upper && walk_expr(w, e->v.slice.upper) < 0)
            return -1;
        return e->v.slice.step ? walk_expr(w, e->v.slice.step) : 0;
    }
    return 0;
}

static int walk_global(Walker *w, const OuStmt *s)
{
    int nonlocal = s->kind == AST_Nonlocal;
    if (nonlocal && w->cur->kind == OU_BLOCK_MODULE)
        return fail(w, s->pos, "nonlocal declaration not allowed at module level");
    for (int i = 0; i < s->v.global.names.n; i++) {
        const char *name = s->v.global.names.items[i];
        const char *m = ou_symtable_mangle(w->st->arena, w->private_, name);
        if (m == NULL)
            return nomem(w);
        const OuSymbol *sym = ou_symtable_symbol(w->cur, m);
        int cur = sym ? sym->flags : 0;
        const char *what = nonlocal ? "nonlocal" : "global";
        if (cur & OU_DEF_PARAM)
            return fail(w, s->pos, "name '%s' is parameter and %s", name, what);
        if (cur & OU_USE)
            return fail(w, s->pos, "name '%s' is used prior to %s declaration", name, what);
        if (cur & (OU_DEF_LOCAL | OU_DEF_IMPORT))
            return fail(w, s->pos, "name '%s' is assigned to before %s declaration", name, what);
        if (add_def(w, name, nonlocal ? OU_DEF_NONLOCAL : OU_DEF_GLOBAL, s->pos) < 0)
            return -1;
    }
    return 0;
}

static int walk_stmt(Walker *w, const OuStmt *s)
{
    switch (s->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef: {
        const OuArguments *a = s->v.funcdef.args;
        if (add_def(w, s->v.funcdef.name, OU_DEF_LOCAL, s->pos) < 0)
            return -1;
        if (walk_exprs(w, &s->v.funcdef.decorator_list) < 0)
            return -1;
        if (walk_arg_outer(w, a, s->v.funcdef.returns) < 0)
            return -1;
        OuSymScope *saved = w->cur;
        if (enter(w, OU_BLOCK_FUNCTION, s->v.funcdef.name, s, s->pos.line) == NULL)
            return nomem(w);
        if (walk_arg_inner(w, a) < 0 || walk_stmts(w, &s->v.funcdef.body) < 0)
            return -1;
        w->cur = saved;
        return 0;
    }
    case AST_ClassDef: {
        if (add_def(w, s->v.classdef.name, OU_DEF_LOCAL, s->pos) < 0)
            return -1;
        if (walk_exprs(w, &s->v.classdef.bases) < 0)
            return -1;
        for (int i = 0; i < s->v.classdef.keywords.n; i++)
            if (walk_expr(w, s->v.classdef.keywords.items[i]->value) < 0)
                return -1;
        if (walk_exprs(w, &s->v.classdef.decorator_list) < 0)
            return -1;
        OuSymScope *saved = w->cur;
        const char *saved_private = w->private_;
        if (enter(w, OU_BLOCK_CLASS, s->v.classdef.name, s, s->pos.line) == NULL)
            return nomem(w);
        w->private_ = s->v.classdef.name;
        if (walk_stmts(w, &s->v.classdef.body) < 0)
            return -1;
        w->private_ = saved_private;
        w->cur = saved;
        return 0;
    }
    case AST_Return:
        return s->v.ret.value ? walk_expr(w, s->v.ret.value) : 0;
    case AST_Delete:
        return walk_exprs(w, &s->v.del.targets);
    case AST_Assign:
        if (walk_expr(w, s->v.assign.value) < 0)
            return -1;
        return walk_exprs(w, &s->v.assign.targets);
    case AST_AugAssign:
        if (walk_expr(w, s->v.augassign.target) < 0)
            return -1;
        return walk_expr(w, s->v.augassign.value);
    case AST_AnnAssign:
        if (walk_expr(w, s->v.annassign.target) < 0)
            return -1;
        if (walk_expr(w, s->v.annassign.annotation) < 0)
            return -1;
        return s->v.annassign.value ? walk_expr(w, s->v.annassign.value) : 0;
    case AST_For: case AST_AsyncFor:
        if (walk_expr(w, s->v.for_.target) < 0 || walk_expr(w, s->v.for_.iter) < 0)
            return -1;
        if (walk_stmts(w, &s->v.for_.body) < 0)
            return -1;
        return walk_stmts(w, &s->v.for_.orelse);
    case AST_While:
        if (walk_expr(w, s->v.while_.test) < 0 || walk_stmts(w, &s->v.while_.body) < 0)
            return -1;
        return walk_stmts(w, &s->v.while_.orelse);
    case AST_If:
        if (walk_expr(w, s->v.if_.test) < 0 || walk_stmts(w, &s->v.if_.body) < 0)
            return -1;
        return walk_stmts(w, &s->v.if_.orelse);
    case AST_With: case AST_AsyncWith:
        for (int i = 0; i < s->v.with.items.n; i++) {
            const OuWithItem *it = s->v.with.items.items[i];
            if (walk_expr(w, it->context_expr) < 0)
                return -1;
            if (it->optional_vars && walk_expr(w, it->optional_vars) < 0)
                return -1;
        }
        return walk_stmts(w, &s->v.with.body);
    case AST_Match:
        return 0;
    case AST_Raise:
        if (s->v.raise.exc && walk_expr(w, s->v.raise.exc) < 0)
            return -1;
        return s->v.raise.cause ? walk_expr(w, s->v.raise.cause) : 0;
    case AST_Try: case AST_TryStar:
        if (walk_stmts(w, &s->v.try_.body) < 0)
            return -1;
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            const OuExceptHandler *h = s->v.try_.handlers.items[i];
            if (h->type && walk_expr(w, h->type) < 0)
                return -1;
            if (h->name && add_def(w, h->name, OU_DEF_LOCAL, h->pos) < 0)
                return -1;
            if (walk_stmts(w, &h->body) < 0)
                return -1;
        }
        if (walk_stmts(w, &s->v.try_.orelse) < 0)
            return -1;
        return walk_stmts(w, &s->v.try_.finalbody);
    case AST_Assert:
        if (walk_expr(w, s->v.assert_.test) < 0)
            return -1;
        return s->v.assert_.msg ? walk_expr(w, s->v.assert_.msg) : 0;
    case AST_Import: case AST_ImportFrom: {
        const OuAliasSeq *names = s->kind == AST_Import ? &s->v.import.names : &s->v.importfrom.names;
        for (int i = 0; i < names->n; i++) {
            const OuAlias *a = names->items[i];
            if (strcmp(a->name, "*") == 0) {
                if (w->cur->kind != OU_BLOCK_MODULE)
                    return fail(w, s->pos, "import * only allowed at module level");
                continue;
            }
            const char *bound = a->asname;
            if (bound == NULL) {
                const char *dot = strchr(a->name, '.');
                bound = dot ? ou_ast_strndup(w->st->arena, a->name, (size_t)(dot - a->name)) : a->name;
                if (bound == NULL)
                    return nomem(w);
            }
            if (add_def(w, bound, OU_DEF_IMPORT, a->pos) < 0)
                return -1;
        }
        return 0;
    }
    case AST_Global: case AST_Nonlocal:
        return walk_global(w, s);
    case AST_Expr:
        return walk_expr(w, s->v.expr.value);
    case AST_Pass: case AST_Break: case AST_Continue:
        return 0;
    }
    return 0;
}

static int walk_stmts(Walker *w, const OuStmtSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (walk_stmt(w, seq->items[i]) < 0)
            return -1;
    return 0;
}

// ---- Step 2: the analysis ----

typedef struct {
    OuSymtable *st;
    int failed;
} Analyzer;

static int afail(Analyzer *a, OuAstPos pos, const char *fmt, const char *name)
{
    snprintf(a->st->msg, sizeof a->st->msg, fmt, name);
    a->st->pos = pos;
    a->failed = 1;
    return -1;
}

static int analyze_block(Analyzer *a, OuSymScope *s, NameSet *bound, NameSet *free, NameSet *global);

static int analyze_name(Analyzer *a, OuSymScope *s, OuSymbol *sym, NameSet *bound,
                        NameSet *local, NameSet *free, NameSet *global)
{
    const char *name = sym->name;
    if (sym->flags & OU_DEF_GLOBAL) {
        if (sym->flags & OU_DEF_NONLOCAL)
            return afail(a, sym->decl, "name '%s' is nonlocal and global", name);
        sym->scope = OU_SC_GLOBAL_EXPLICIT;
        if (set_add(global, name) < 0)
            return -1;
        set_discard(bound, name);
        return 0;
    }
    if (sym->flags & OU_DEF_NONLOCAL) {
        if (!set_has(bound, name))
            return afail(a, sym->decl, "no binding for nonlocal '%s' found", name);
        sym->scope = OU_SC_FREE;
        return set_add(free, name);
    }
    if (sym->flags & OU_DEF_BOUND) {
        sym->scope = OU_SC_LOCAL;
        set_discard(global, name);
        return set_add(local, name);
    }
    if (set_has(bound, name)) {
        sym->scope = OU_SC_FREE;
        return set_add(free, name);
    }
    sym->scope = OU_SC_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_block(Analyzer *a, OuSymScope *s, NameSet *bound, NameSet *free, NameSet *global)
{
    NameSet local = {0}, newbound = {0}, newfree = {0}, newglobal = {0};
    int ret = -1;
    if (s->kind == OU_BLOCK_CLASS) {
        if (set_update(&newglobal, global) < 0 || set_update(&newbound, bound) < 0)
            goto done;
    }
    for (int i = 0; i < s->nsyms; i++)
        if (analyze_name(a, s, &s->syms[i], bound, &local, free, global) < 0)
            goto done;
    if (s->kind != OU_BLOCK_CLASS) {
        if (s->kind == OU_BLOCK_FUNCTION && set_update(&newbound, &local) < 0)
            goto done;
        if (set_update(&newbound, bound) < 0 || set_update(&newglobal, global) < 0)
            goto done;
    } else if (set_add(&newbound, "__class__") < 0) {
        goto done;
    }
    for (int i = 0; i < s->nchildren; i++) {
        OuSymScope *c = s->children[i];
        NameSet cb = {0}, cf = {0}, cg = {0};
        int r = set_update(&cb, &newbound) < 0 || set_update(&cf, &newfree) < 0
                || set_update(&cg, &newglobal) < 0 ? -1 : analyze_block(a, c, &cb, &cf, &cg);
        if (r == 0)
            r = set_update(&newfree, &cf);
        set_free(&cb);
        set_free(&cf);
        set_free(&cg);
        if (r < 0)
            goto done;
        if (c->child_free)
            s->child_free = 1;
        for (int k = 0; k < c->nsyms && !s->child_free; k++)
            if (c->syms[k].scope == OU_SC_FREE)
                s->child_free = 1;
    }
    // Locals that a child needs become cells; a class hands `__class__` up as its own cell.
    if (s->kind == OU_BLOCK_FUNCTION) {
        for (int i = 0; i < s->nsyms; i++)
            if (s->syms[i].scope == OU_SC_LOCAL && set_has(&newfree, s->syms[i].name)) {
                s->syms[i].scope = OU_SC_CELL;
                set_discard(&newfree, s->syms[i].name);
            }
    } else if (s->kind == OU_BLOCK_CLASS && set_has(&newfree, "__class__")) {
        set_discard(&newfree, "__class__");
        s->needs_class_closure = 1;
    }
    // Free names of children not resolved here pass through this scope.
    for (int i = 0; i < newfree.n; i++) {
        const char *name = newfree.items[i];
        int k = find_index(s, name);
        if (k >= 0) {
            // Bound or global in a class body but free for its methods: the
            // class keeps its binding and also passes the cell along.
            if (s->kind == OU_BLOCK_CLASS && (s->syms[k].flags & (OU_DEF_BOUND | OU_DEF_GLOBAL)))
                s->syms[k].flags |= OU_DEF_FREE_CLASS;
            continue;
        }
        if (!set_has(bound, name))
            continue;
        OuSymbol *sym = get_symbol(s, name);
        if (sym == NULL)
            goto done;
        sym->scope = OU_SC_FREE;
    }
    ret = set_update(free, &newfree);
done:
    set_free(&local);
    set_free(&newbound);
    set_free(&newfree);
    set_free(&newglobal);
    return ret;
}

int ou_symtable_build(OuSymtable *st, const OuAstModule *mod)
{
    memset(st, 0, sizeof *st);
    st->arena = ou_ast_arena_new();
    if (st->arena == NULL)
        return -1;
    Walker w = {.st = st};
    if (enter(&w, OU_BLOCK_MODULE, "top", NULL, 1) == NULL)
        return -1;
    st->top = w.cur;
    int r;
    if (mod->mode == OU_PARSE_EVAL)
        r = walk_expr(&w, mod->expr);
    else
        r = walk_stmts(&w, &mod->body);
    if (r < 0)
        return -1;
    Analyzer a = {.st = st};
    NameSet bound = {0}, free = {0}, global = {0};
    r = analyze_block(&a, st->top, &bound, &free, &global);
    set_free(&bound);
    set_free(&free);
    set_free(&global);
    if (r < 0 && !a.failed)
        st->msg[0] = '\0';
    return r;
}
