// runtime/abstract.c: the generic object protocol. Each function finds the
// right slot on the operand types and words the TypeError CPython gives
// when there is none.
#include "runtime/object.h"

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

// ---- repr, str, hash, truth ----

OuObject *ou_object_repr(OuObject *o)
{
    OuUnaryFunc repr = OU_TYPE(o)->repr;
    if (repr == NULL)
        return ou_str_from_format("<%s object at %p>", ou_type_name(o), (void *)o);
    if (ou_enter_recursive_call(" while getting the repr of an object") < 0)
        return NULL;
    OuObject *r = repr(o);
    ou_leave_recursive_call();
    if (r != NULL && !ou_str_check(r)) {
        ou_err_format(&ou_exc_TypeError, "__repr__ returned non-string (type %s)", ou_type_name(r));
        OU_DECREF(r);
        return NULL;
    }
    return r;
}

OuObject *ou_object_str(OuObject *o)
{
    if (ou_str_check_exact(o))
        return ou_newref(o);
    OuUnaryFunc str = OU_TYPE(o)->str;
    if (str == NULL)
        return ou_object_repr(o);
    if (ou_enter_recursive_call(" while getting the str of an object") < 0)
        return NULL;
    OuObject *r = str(o);
    ou_leave_recursive_call();
    if (r != NULL && !ou_str_check(r)) {
        ou_err_format(&ou_exc_TypeError, "__str__ returned non-string (type %s)", ou_type_name(r));
        OU_DECREF(r);
        return NULL;
    }
    return r;
}

ou_hash_t ou_hash_not_implemented(OuObject *o)
{
    ou_err_format(&ou_exc_TypeError, "unhashable type: '%s'", ou_type_name(o));
    return -1;
}

ou_hash_t ou_object_hash(OuObject *o)
{
    OuHashFunc hash = OU_TYPE(o)->hash;
    if (hash == NULL)
        return ou_hash_not_implemented(o);
    return hash(o);
}

int ou_object_is_true(OuObject *o)
{
    if (o == ou_True)
        return 1;
    if (o == ou_False || o == ou_None)
        return 0;
    OuType *t = OU_TYPE(o);
    if (t->nb_bool != NULL)
        return t->nb_bool(o);
    if (t->len != NULL) {
        ou_ssize_t n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

// ---- Comparison ----

static const char *const cmp_symbol[] = {"<", "<=", "==", "!=", ">", ">="};
static const int cmp_swapped[] = {OU_GT, OU_GE, OU_EQ, OU_NE, OU_LT, OU_LE};

OuObject *ou_object_richcompare(OuObject *a, OuObject *b, int op)
{
    if (ou_enter_recursive_call(" in comparison") < 0)
        return NULL;
    OuType *ta = OU_TYPE(a), *tb = OU_TYPE(b);
    OuObject *r;
    int tried_reflected = 0;
    // A subclass operand on the right that overrides the comparison goes first.
    if (ta != tb && ou_type_is_subtype(tb, ta) && tb->richcompare != NULL) {
        tried_reflected = 1;
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != ou_NotImplemented)
            goto done;
        OU_DECREF(r);
    }
    if (ta->richcompare != NULL) {
        r = ta->richcompare(a, b, op);
        if (r != ou_NotImplemented)
            goto done;
        OU_DECREF(r);
    }
    if (!tried_reflected && tb->richcompare != NULL) {
        r = tb->richcompare(b, a, cmp_swapped[op]);
        if (r != ou_NotImplemented)
            goto done;
        OU_DECREF(r);
    }
    if (op == OU_EQ)
        r = ou_bool_from(a == b);
    else if (op == OU_NE)
        r = ou_bool_from(a != b);
    else
        r = ou_err_format(&ou_exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                          cmp_symbol[op], ta->name, tb->name);
done:
    ou_leave_recursive_call();
    return r;
}

int ou_object_richcompare_bool(OuObject *a, OuObject *b, int op)
{
    if (a == b) {
        if (op == OU_EQ)
            return 1;
        if (op == OU_NE)
            return 0;
    }
    OuObject *r = ou_object_richcompare(a, b, op);
    if (r == NULL)
        return -1;
    int t = (r == ou_True) ? 1 : (r == ou_False) ? 0 : ou_object_is_true(r);
    OU_DECREF(r);
    return t;
}

// ---- Attributes ----

static int check_attr_name(OuObject *name)
{
    if (!ou_str_check(name)) {
        ou_err_format(&ou_exc_TypeError, "attribute name must be string, not '%s'", ou_type_name(name));
        return -1;
    }
    return 0;
}

OuObject *ou_object_getattr(OuObject *o, OuObject *name)
{
    if (check_attr_name(name) < 0)
        return NULL;
    OuGetAttrFunc get = OU_TYPE(o)->getattr;
    OuObject *r = get ? get(o, name) : ou_object_generic_getattr(o, name);
    if (r == NULL && ou_err_matches(&ou_exc_AttributeError))
        ou_exception_set_name_context(ou_err_occurred(), name, o);
    return r;
}

// Names of `names` (a dict) added to `set` (a dict used as a set). 0 / -1.
static int add_keys(OuObject *set, OuObject *names)
{
    ou_ssize_t pos = 0;
    OuObject *k, *v;
    while (ou_dict_next(names, &pos, &k, &v))
        if (ou_dict_setitem(set, k, ou_None) < 0)
            return -1;
    return 0;
}

OuObject *ou_object_dir(OuObject *o)
{
    OuObject *set = ou_dict_new();
    if (set == NULL)
        return NULL;
    int r = 0;
    if (ou_module_check(o)) {
        r = add_keys(set, ou_module_dict(o));
    } else {
        // A type lists its own attributes; an instance those of its type.
        OuType *t = ou_type_check(o) ? (OuType *)o : OU_TYPE(o);
        if (!(t->flags & OU_TPFLAGS_READY))
            r = ou_type_ready(t);
        for (ou_ssize_t i = 0; r == 0 && t->mro && i < ou_tuple_size(t->mro); i++) {
            OuType *b = (OuType *)ou_tuple_get(t->mro, i);
            if (b->dict != NULL)
                r = add_keys(set, b->dict);
        }
        if (r == 0 && t->dictoffset > 0 && !ou_type_check(o)) {
            OuObject *d = ou_instance_get_dict(o);
            r = d ? add_keys(set, d) : -1;
            OU_XDECREF(d);
        }
    }
    OuObject *list = r < 0 ? NULL : ou_dict_keys_list(set);
    OU_DECREF(set);
    if (list != NULL && ou_list_sort(list, NULL, 0) < 0)
        OU_CLEAR(list);
    return list;
}

OuObject *ou_object_getattr_str(OuObject *o, const char *name)
{
    OuObject *n = ou_str_intern_cstr(name);
    if (n == NULL)
        return NULL;
    OuObject *r = ou_object_getattr(o, n);
    OU_DECREF(n);
    return r;
}

int ou_object_setattr(OuObject *o, OuObject *name, OuObject *value)
{
    if (check_attr_name(name) < 0)
        return -1;
    OuObjObjArgProc set = OU_TYPE(o)->setattr;
    return set ? set(o, name, value) : ou_object_generic_setattr(o, name, value);
}

// CPython's order: data descriptors on the type, then the instance's own
// attributes, then other class attributes (binding non-data descriptors).
OuObject *ou_object_generic_getattr(OuObject *o, OuObject *name)
{
    OuType *t = OU_TYPE(o);
    OuObject *descr = ou_type_lookup(t, name);
    if (descr == NULL && ou_err_occurred())
        return NULL;
    OuTernaryFunc get = descr ? OU_TYPE(descr)->descr_get : NULL;
    if (get != NULL && OU_TYPE(descr)->descr_set != NULL)
        return get(descr, o, (OuObject *)t);
    if (t->dictoffset > 0) {
        int err;
        OuObject *v = ou_instance_attr_get(o, name, &err);
        if (v != NULL)
            return ou_newref(v);
        if (err)
            return NULL;
    }
    if (get != NULL)
        return get(descr, o, (OuObject *)t);
    if (descr != NULL)
        return ou_newref(descr);
    return ou_err_format(&ou_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
}

int ou_object_generic_setattr(OuObject *o, OuObject *name, OuObject *value)
{
    OuType *t = OU_TYPE(o);
    OuObject *descr = ou_type_lookup(t, name);
    if (descr != NULL && OU_TYPE(descr)->descr_set != NULL)
        return OU_TYPE(descr)->descr_set(descr, o, value);
    if (ou_err_occurred())
        return -1;
    if (t->dictoffset > 0) {
        int r = ou_instance_attr_set(o, name, value);
        if (r <= 0)
            return r;
        ou_err_format(&ou_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
        return -1;
    }
    if (descr != NULL)
        ou_err_format(&ou_exc_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
    else
        ou_err_format(&ou_exc_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    return -1;
}

OuObject *ou_object_get_dict(OuObject *o)
{
    return ou_instance_get_dict(o);
}

// ---- Items, length, membership ----

OuObject *ou_object_getitem(OuObject *o, OuObject *key)
{
    OuBinaryFunc get = OU_TYPE(o)->getitem;
    if (get != NULL)
        return get(o, key);
    if (ou_type_check(o)) {
        // C[x] on a class asks the class itself (`__class_getitem__`).
        OuObject *n = ou_str_intern_cstr("__class_getitem__");
        OuObject *f = n ? ou_object_getattr(o, n) : NULL;
        OU_XDECREF(n);
        if (f != NULL) {
            OuObject *r = ou_call_one(f, key);
            OU_DECREF(f);
            return r;
        }
        if (!ou_err_matches(&ou_exc_AttributeError))
            return NULL;
        ou_err_clear();
        return ou_err_format(&ou_exc_TypeError, "type '%s' is not subscriptable", ((OuType *)o)->name);
    }
    return ou_err_format(&ou_exc_TypeError, "'%s' object is not subscriptable", ou_type_name(o));
}

int ou_object_setitem(OuObject *o, OuObject *key, OuObject *value)
{
    OuObjObjArgProc set = OU_TYPE(o)->setitem;
    if (set != NULL)
        return set(o, key, value);
    ou_err_format(&ou_exc_TypeError, "'%s' object does not support item assignment", ou_type_name(o));
    return -1;
}

int ou_object_delitem(OuObject *o, OuObject *key)
{
    OuObjObjArgProc set = OU_TYPE(o)->setitem;
    if (set != NULL)
        return set(o, key, NULL);
    ou_err_format(&ou_exc_TypeError, "'%s' object doesn't support item deletion", ou_type_name(o));
    return -1;
}

ou_ssize_t ou_object_len(OuObject *o)
{
    OuLenFunc len = OU_TYPE(o)->len;
    if (len != NULL)
        return len(o);
    ou_err_format(&ou_exc_TypeError, "object of type '%s' has no len()", ou_type_name(o));
    return -1;
}

int ou_object_contains(OuObject *container, OuObject *x)
{
    OuObjObjProc contains = OU_TYPE(container)->contains;
    if (contains != NULL)
        return contains(container, x);
    OuType *t = OU_TYPE(container);
    if (t->iter == NULL && t->getitem == NULL) {
        ou_err_format(&ou_exc_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    OuObject *it = ou_object_iter(container);
    if (it == NULL)
        return -1;
    OuObject *item;
    int found = 0;
    while ((item = ou_iter_next(it)) != NULL) {
        found = ou_object_richcompare_bool(item, x, OU_EQ);
        OU_DECREF(item);
        if (found != 0)
            break;
    }
    OU_DECREF(it);
    if (found == 0 && ou_err_occurred())
        return -1;
    return found;
}

// ---- Iteration ----

OuObject *ou_object_iter(OuObject *o)
{
    OuType *t = OU_TYPE(o);
    if (t->iter != NULL) {
        OuObject *it = t->iter(o);
        if (it != NULL && OU_TYPE(it)->iternext == NULL) {
            ou_err_format(&ou_exc_TypeError, "iter() returned non-iterator of type '%s'", ou_type_name(it));
            OU_DECREF(it);
            return NULL;
        }
        return it;
    }
    if (t->getitem != NULL && !ou_type_has_flag(t, OU_TPFLAGS_DICT_SUBCLASS))
        return ou_seqiter_new(o);
    return ou_err_format(&ou_exc_TypeError, "'%s' object is not iterable", t->name);
}

OuObject *ou_iter_next(OuObject *it)
{
    OuUnaryFunc next = OU_TYPE(it)->iternext;
    if (next == NULL)
        return ou_err_format(&ou_exc_TypeError, "'%s' object is not an iterator", ou_type_name(it));
    OuObject *r = next(it);
    // An iterator written in Python signals the end with StopIteration.
    if (r == NULL && ou_err_matches(&ou_exc_StopIteration))
        ou_err_clear();
    return r;
}

OuObject *ou_sequence_list(OuObject *iterable)
{
    OuObject *l = ou_list_new(0);
    if (l == NULL)
        return NULL;
    if (ou_list_extend(l, iterable) < 0) {
        OU_DECREF(l);
        return NULL;
    }
    return l;
}

OuObject *ou_sequence_tuple(OuObject *iterable)
{
    if (OU_TYPE(iterable) == &ou_tuple_type)
        return ou_newref(iterable);
    OuObject *l = ou_sequence_list(iterable);
    if (l == NULL)
        return NULL;
    OuObject *t = ou_list_as_tuple(l);
    OU_DECREF(l);
    return t;
}

// ---- Calls ----

OuObject *ou_call(OuObject *callable, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuCallFunc call = OU_TYPE(callable)->call;
    if (call == NULL)
        return ou_err_format(&ou_exc_TypeError, "'%s' object is not callable", ou_type_name(callable));
    if (ou_enter_recursive_call(" while calling a Python object") < 0)
        return NULL;
    OuObject *r = call(callable, args, nargs, kwnames);
    ou_leave_recursive_call();
    return r;
}

OuObject *ou_call_noargs(OuObject *callable)
{
    return ou_call(callable, NULL, 0, NULL);
}

OuObject *ou_call_one(OuObject *callable, OuObject *arg)
{
    return ou_call(callable, &arg, 1, NULL);
}

OuObject *ou_call_method(OuObject *obj, const char *name, OuObject *const *args, ou_ssize_t nargs)
{
    OuObject *m = ou_object_getattr_str(obj, name);
    if (m == NULL)
        return NULL;
    OuObject *r = ou_call(m, args, nargs, NULL);
    OU_DECREF(m);
    return r;
}

// ---- Numbers ----

static const char *const binop_symbol[] = {
#define OU_BINOP(name, symbol, dunder, rdunder, idunder) symbol,
#include "runtime/binops.h"
#undef OU_BINOP
};

static int is_sequence_type(OuType *t)
{
    return ou_type_has_flag(t, OU_TPFLAGS_LIST_SUBCLASS | OU_TPFLAGS_TUPLE_SUBCLASS
                                   | OU_TPFLAGS_STR_SUBCLASS | OU_TPFLAGS_BYTES_SUBCLASS);
}

// The plain (not in-place) operator: a's slot, then b's, a subclass's
// reflected slot first when b's type derives from a's.
static OuObject *binary_op1(OuObject *a, OuObject *b, int op)
{
    OuBinaryFunc slota = OU_TYPE(a)->nb[op];
    OuBinaryFunc slotb = OU_TYPE(b) != OU_TYPE(a) ? OU_TYPE(b)->nb[op] : NULL;
    if (slotb == slota)
        slotb = NULL;
    OuObject *r;
    if (slota != NULL) {
        if (slotb != NULL && ou_type_is_subtype(OU_TYPE(b), OU_TYPE(a))) {
            r = slotb(a, b);
            if (r != ou_NotImplemented)
                return r;
            OU_DECREF(r);
            slotb = NULL;
        }
        r = slota(a, b);
        if (r != ou_NotImplemented)
            return r;
        OU_DECREF(r);
    }
    if (slotb != NULL)
        return slotb(a, b);
    return ou_newref(ou_NotImplemented);
}

static OuObject *binop_type_error(OuObject *a, OuObject *b, int op, int shown_op)
{
    OuType *ta = OU_TYPE(a), *tb = OU_TYPE(b);
    // Sequences word their errors as concatenation and repetition.
    if (op == OU_NB_ADD && is_sequence_type(ta) && !ou_type_has_flag(tb, OU_TPFLAGS_INT_SUBCLASS))
        return ou_err_format(&ou_exc_TypeError, "can only concatenate %s (not \"%s\") to %s",
                             ta->name, tb->name, ta->name);
    if (op == OU_NB_MULTIPLY && (is_sequence_type(ta) || is_sequence_type(tb))) {
        OuType *other = is_sequence_type(ta) ? tb : ta;
        return ou_err_format(&ou_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                             other->name);
    }
    if (op == OU_NB_POWER)
        return ou_err_format(&ou_exc_TypeError, "unsupported operand type(s) for %s or pow(): '%s' and '%s'",
                             binop_symbol[shown_op], ta->name, tb->name);
    return ou_err_format(&ou_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                         binop_symbol[shown_op], ta->name, tb->name);
}

OuObject *ou_number_binop(OuObject *a, OuObject *b, OuBinOp op)
{
    int plain = op >= OU_NB_INPLACE_ADD ? (int)op - OU_NB_INPLACE_ADD : (int)op;
    OuObject *r;
    if ((int)op != plain) {
        OuBinaryFunc islot = OU_TYPE(a)->nb[op];
        if (islot != NULL) {
            r = islot(a, b);
            if (r != ou_NotImplemented)
                return r;
            OU_DECREF(r);
        }
    }
    r = binary_op1(a, b, plain);
    if (r != ou_NotImplemented)
        return r;
    OU_DECREF(r);
    return binop_type_error(a, b, plain, op);
}

#define UNARY_OP(fname, slot, symbol) \
    OuObject *fname(OuObject *o) \
    { \
        OuUnaryFunc f = OU_TYPE(o)->slot; \
        if (f != NULL) \
            return f(o); \
        return ou_err_format(&ou_exc_TypeError, "bad operand type for " symbol ": '%s'", ou_type_name(o)); \
    }
UNARY_OP(ou_number_negative, nb_negative, "unary -")
UNARY_OP(ou_number_positive, nb_positive, "unary +")
UNARY_OP(ou_number_invert, nb_invert, "unary ~")
UNARY_OP(ou_number_absolute, nb_absolute, "abs()")
#undef UNARY_OP

OuObject *ou_number_index(OuObject *o)
{
    if (ou_int_check(o))
        return ou_newref(o);
    OuUnaryFunc f = OU_TYPE(o)->nb_index;
    if (f == NULL)
        return ou_err_format(&ou_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             ou_type_name(o));
    OuObject *r = f(o);
    if (r != NULL && !ou_int_check(r)) {
        ou_err_format(&ou_exc_TypeError, "__index__ returned non-int (type %s)", ou_type_name(r));
        OU_DECREF(r);
        return NULL;
    }
    return r;
}

ou_ssize_t ou_number_as_ssize(OuObject *o, OuType *overflow_exc)
{
    OuObject *i = ou_number_index(o);
    if (i == NULL)
        return -1;
    int64_t v;
    int r = ou_int_as_i64(i, &v);
    if (r < 0) {
        if (overflow_exc == NULL) {
            // Clamp, as PyNumber_AsSsize_t does without an exception type.
            ou_err_clear();
            v = ou_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
        } else if (overflow_exc != &ou_exc_OverflowError) {
            ou_err_clear();
            ou_err_format(overflow_exc, "cannot fit '%s' into an index-sized integer", ou_type_name(o));
            OU_DECREF(i);
            return -1;
        } else {
            OU_DECREF(i);
            return -1;
        }
    }
    OU_DECREF(i);
    return (ou_ssize_t)v;
}
