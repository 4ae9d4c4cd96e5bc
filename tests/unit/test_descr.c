// tests/unit/test_descr.c: property, staticmethod, classmethod and super,
// driven from C with built-in callables and the built-in types' MROs
// (bool -> int -> object), so they are checked before any class exists.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "gc/gc.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/method.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

static void setup(void)
{
    if (ou_runtime_init(0, NULL) < 0)
        abort();
    ck_assert_int_eq(ou_type_ready(&ou_property_type), 0);
    ck_assert_int_eq(ou_type_ready(&ou_staticmethod_type), 0);
    ck_assert_int_eq(ou_type_ready(&ou_classmethod_type), 0);
    ck_assert_int_eq(ou_type_ready(&ou_super_type), 0);
}

static void teardown(void)
{
    ou_runtime_finalize();
}

// Borrowed: a builtin function by name.
static OuObject *builtin(const char *name)
{
    OuObject *f = ou_dict_getitem_str(ou_state.builtins, name);
    ck_assert_ptr_nonnull(f);
    return f;
}

// Borrowed: an attribute of a built-in type, unbound (list.append).
static OuObject *type_attr(OuType *t, const char *name)
{
    OuObject *n = ou_str_from_cstr(name);
    OuObject *v = ou_type_lookup(t, n);
    OU_DECREF(n);
    ck_assert_ptr_nonnull(v);
    return v;
}

static OuObject *I(int64_t v)
{
    OuObject *o = ou_int_from_i64(v);
    ck_assert_ptr_nonnull(o);
    return o;
}

// Checks that `o` (stolen) is a str equal to `want`.
static void ck_str(OuObject *o, const char *want)
{
    ck_assert_ptr_nonnull(o);
    ck_assert(ou_str_check(o));
    ck_assert_str_eq(ou_str_utf8(o), want);
    OU_DECREF(o);
}

static void ck_repr(OuObject *o, const char *want)
{
    ck_str(ou_object_repr(o), want);
}

// Checks that the pending exception is `type` with message `msg`, and clears it.
static void ck_raised(OuType *type, const char *msg)
{
    OuObject *exc = ou_err_fetch();
    ck_assert_ptr_nonnull(exc);
    ck_assert_ptr_eq(OU_TYPE(exc), type);
    ck_str(ou_object_str(exc), msg);
    OU_DECREF(exc);
}

// ---- property ----

START_TEST(test_property_get_set_delete)
{
    OuObject *list = ou_list_new(0);
    OuObject *p = ou_property_new(builtin("len"), type_attr(&ou_list_type, "append"),
                                  type_attr(&ou_list_type, "clear"), NULL);
    ck_assert_ptr_nonnull(p);
    OuObject *five = I(5);
    ck_assert_int_eq(ou_property_type.descr_set(p, list, five), 0);
    ck_assert_int_eq(ou_property_type.descr_set(p, list, five), 0);
    OU_DECREF(five);
    OuObject *n = ou_property_type.descr_get(p, list, (OuObject *)&ou_list_type);
    ck_assert_ptr_nonnull(n);
    ck_assert_int_eq(ou_int_small_value(n), 2);
    OU_DECREF(n);
    ck_assert_int_eq(ou_property_type.descr_set(p, list, NULL), 0);
    ck_assert_int_eq(ou_list_size(list), 0);
    // Through the class, a property is itself.
    OuObject *same = ou_property_type.descr_get(p, NULL, (OuObject *)&ou_list_type);
    ck_assert_ptr_eq(same, p);
    OU_DECREF(same);
    OU_DECREF(p);
    OU_DECREF(list);
}
END_TEST

START_TEST(test_property_missing_messages)
{
    OuObject *list = ou_list_new(0);
    OuObject *p = ou_property_new(NULL, NULL, NULL, NULL);
    ck_assert_ptr_null(ou_property_type.descr_get(p, list, NULL));
    ck_raised(&ou_exc_AttributeError, "property of 'list' object has no getter");
    OuObject *args[2] = {(OuObject *)&ou_list_type, NULL};
    args[1] = ou_str_from_cstr("x");
    OuObject *r = ou_call_method(p, "__set_name__", args, 2);
    ck_assert_ptr_eq(r, ou_None);
    OU_DECREF(r);
    OU_DECREF(args[1]);
    ck_assert_int_eq(ou_property_type.descr_set(p, list, ou_None), -1);
    ck_raised(&ou_exc_AttributeError, "property 'x' of 'list' object has no setter");
    ck_assert_int_eq(ou_property_type.descr_set(p, list, NULL), -1);
    ck_raised(&ou_exc_AttributeError, "property 'x' of 'list' object has no deleter");
    ck_assert_ptr_null(ou_call_method(p, "__set_name__", args, 1));
    ck_raised(&ou_exc_TypeError, "__set_name__() takes 2 positional arguments but 1 were given");
    OU_DECREF(p);
    OU_DECREF(list);
}
END_TEST

START_TEST(test_property_doc_and_copy)
{
    OuObject *len = builtin("len");
    OuObject *p = ou_property_new(len, NULL, NULL, NULL);
    OuObject *doc = ou_object_getattr_str(p, "__doc__");
    OuObject *lendoc = ou_object_getattr_str(len, "__doc__");
    ck_assert_int_eq(ou_object_richcompare_bool(doc, lendoc, OU_EQ), 1);
    OU_DECREF(doc);
    OU_DECREF(lendoc);

    // The setter copy keeps the getter, and takes the name along.
    OuObject *args[2] = {(OuObject *)&ou_list_type, NULL};
    args[1] = ou_str_from_cstr("size");
    OU_DECREF(ou_call_method(p, "__set_name__", args, 2));
    OU_DECREF(args[1]);
    OuObject *append = type_attr(&ou_list_type, "append");
    OuObject *q = ou_call_method(p, "setter", &append, 1);
    ck_assert_ptr_nonnull(q);
    ck_assert_ptr_ne(q, p);
    OuObject *g = ou_object_getattr_str(q, "fget");
    ck_assert_ptr_eq(g, len);
    OU_DECREF(g);
    OuObject *s = ou_object_getattr_str(q, "fset");
    ck_assert_ptr_eq(s, append);
    OU_DECREF(s);
    OuObject *d = ou_object_getattr_str(q, "fdel");
    ck_assert_ptr_eq(d, ou_None);
    OU_DECREF(d);
    ck_assert_int_eq(ou_property_type.descr_set(q, ou_None, NULL), -1);
    ck_raised(&ou_exc_AttributeError, "property 'size' of 'NoneType' object has no deleter");

    // A doc that came from the old getter follows the new one.
    OuObject *repr = builtin("repr");
    OuObject *r = ou_call_method(q, "getter", &repr, 1);
    ck_assert_ptr_nonnull(r);
    doc = ou_object_getattr_str(r, "__doc__");
    OuObject *reprdoc = ou_object_getattr_str(repr, "__doc__");
    ck_assert_int_eq(ou_object_richcompare_bool(doc, reprdoc, OU_EQ), 1);
    OU_DECREF(doc);
    OU_DECREF(reprdoc);

    // An explicit doc stays.
    OuObject *mine = ou_str_from_cstr("mine");
    OuObject *t = ou_property_new(len, NULL, NULL, mine);
    OuObject *u = ou_call_method(t, "getter", &repr, 1);
    ck_str(ou_object_getattr_str(u, "__doc__"), "mine");
    OU_DECREF(u);
    OU_DECREF(t);
    OU_DECREF(mine);
    OU_DECREF(r);
    OU_DECREF(q);
    OU_DECREF(p);
}
END_TEST

START_TEST(test_property_constructor_args)
{
    OuObject *args[5] = {ou_None, ou_None, ou_None, ou_None, ou_None};
    ck_assert_ptr_null(ou_call((OuObject *)&ou_property_type, args, 5, NULL));
    ck_raised(&ou_exc_TypeError, "property() takes at most 4 arguments (5 given)");
    OuObject *kw = ou_tuple_new(1);
    ou_tuple_items(kw)[0] = ou_str_from_cstr("doc");
    OuObject *doc = ou_str_from_cstr("d");
    OuObject *kargs[1] = {doc};
    OuObject *p = ou_call((OuObject *)&ou_property_type, kargs, 0, kw);
    ck_assert_ptr_nonnull(p);
    ck_str(ou_object_getattr_str(p, "__doc__"), "d");
    ck_repr(ou_object_getattr_str(p, "__isabstractmethod__"), "False");
    OU_DECREF(p);
    OU_DECREF(doc);
    OU_DECREF(kw);
}
END_TEST

START_TEST(test_property_cycle_collected)
{
    // property -> list -> property: only the collector can free it.
    OuObject *list = ou_list_new(0);
    OuObject *p = ou_property_new(list, NULL, NULL, ou_None);
    ck_assert_int_eq(ou_list_append(list, p), 0);
    OU_DECREF(p);
    OU_DECREF(list);
    ck_assert_int_ge(ou_gc_collect(2), 2);
}
END_TEST

// ---- staticmethod and classmethod ----

START_TEST(test_staticmethod)
{
    OuObject *len = builtin("len");
    OuObject *sm = ou_call_one((OuObject *)&ou_staticmethod_type, len);
    ck_assert_ptr_nonnull(sm);
    ck_repr(sm, "<staticmethod(<built-in function len>)>");
    OuObject *got = ou_staticmethod_type.descr_get(sm, NULL, (OuObject *)&ou_list_type);
    ck_assert_ptr_eq(got, len);
    OU_DECREF(got);
    OuObject *list = ou_list_new(3);
    for (int i = 0; i < 3; i++)
        ou_list_items(list)[i] = I(i);
    OuObject *n = ou_call_one(sm, list);
    ck_assert_int_eq(ou_int_small_value(n), 3);
    OU_DECREF(n);
    OuObject *f = ou_object_getattr_str(sm, "__func__");
    ck_assert_ptr_eq(f, len);
    OU_DECREF(f);
    ck_str(ou_object_getattr_str(sm, "__name__"), "len");
    OU_DECREF(list);
    OU_DECREF(sm);

    ck_assert_ptr_null(ou_call_noargs((OuObject *)&ou_staticmethod_type));
    ck_raised(&ou_exc_TypeError, "staticmethod expected 1 argument, got 0");
}
END_TEST

START_TEST(test_classmethod_binds_class)
{
    OuObject *repr = builtin("repr");
    OuObject *cm = ou_classmethod_new(repr);
    ck_repr(cm, "<classmethod(<built-in function repr>)>");
    OuObject *list = ou_list_new(0);
    // Through an instance: the instance's class.
    OuObject *m = ou_classmethod_type.descr_get(cm, list, NULL);
    ck_assert_ptr_nonnull(m);
    ck_assert(ou_method_check(m));
    ck_str(ou_call_noargs(m), "<class 'list'>");
    OU_DECREF(m);
    // Through a class: that class.
    m = ou_classmethod_type.descr_get(cm, NULL, (OuObject *)&ou_int_type);
    ck_str(ou_call_noargs(m), "<class 'int'>");
    OU_DECREF(m);
    // __get__(None) names no class at all.
    ck_assert_ptr_null(ou_call_method(cm, "__get__", (OuObject *[]){ou_None}, 1));
    ck_raised(&ou_exc_TypeError, "__get__(None, None) is invalid");
    OuObject *args[2] = {repr, repr};
    ck_assert_ptr_null(ou_call((OuObject *)&ou_classmethod_type, args, 2, NULL));
    ck_raised(&ou_exc_TypeError, "classmethod expected 1 argument, got 2");
    OU_DECREF(list);
    OU_DECREF(cm);
}
END_TEST

// ---- super ----

START_TEST(test_super_skips_past_type)
{
    // bool's MRO is (bool, int, object): past int, only object remains.
    OuObject *s = ou_super_new(&ou_bool_type, ou_True);
    ck_assert_ptr_nonnull(s);
    ck_repr(s, "<super: <class 'bool'>, <bool object>>");
    OuObject *m = ou_object_getattr_str(s, "bit_length");
    ck_assert_ptr_nonnull(m);
    OuObject *one = ou_call_noargs(m);
    ck_assert_int_eq(ou_int_small_value(one), 1);
    OU_DECREF(one);
    OU_DECREF(m);
    OuObject *cls = ou_object_getattr_str(s, "__class__");
    ck_assert_ptr_eq(cls, &ou_super_type);
    OU_DECREF(cls);
    OuObject *self = ou_object_getattr_str(s, "__self__");
    ck_assert_ptr_eq(self, ou_True);
    OU_DECREF(self);
    OuObject *tc = ou_object_getattr_str(s, "__thisclass__");
    ck_assert_ptr_eq(tc, &ou_bool_type);
    OU_DECREF(tc);
    OU_DECREF(s);

    s = ou_super_new(&ou_int_type, ou_True);
    ck_assert_ptr_null(ou_object_getattr_str(s, "bit_length"));
    ck_raised(&ou_exc_AttributeError, "'super' object has no attribute 'bit_length'");
    OU_DECREF(s);
}
END_TEST

START_TEST(test_super_type_mode)
{
    // super(bool, bool): attributes come unbound.
    OuObject *s = ou_super_new(&ou_bool_type, (OuObject *)&ou_bool_type);
    ck_repr(s, "<super: <class 'bool'>, <bool object>>");
    OuObject *m = ou_object_getattr_str(s, "bit_length");
    ck_assert_ptr_eq(m, type_attr(&ou_int_type, "bit_length"));
    OU_DECREF(m);
    OuObject *sc = ou_object_getattr_str(s, "__self_class__");
    ck_assert_ptr_eq(sc, &ou_bool_type);
    OU_DECREF(sc);
    OU_DECREF(s);

    // Unbound super binds through __get__.
    OuObject *u = ou_call_one((OuObject *)&ou_super_type, (OuObject *)&ou_bool_type);
    ck_repr(u, "<super: <class 'bool'>, NULL>");
    OuObject *b = ou_super_type.descr_get(u, ou_False, NULL);
    ck_repr(b, "<super: <class 'bool'>, <bool object>>");
    OU_DECREF(b);
    OU_DECREF(u);
}
END_TEST

START_TEST(test_super_errors)
{
    OuObject *one = I(1);
    OuObject *args[3] = {(OuObject *)&ou_int_type, NULL, NULL};
    args[1] = ou_str_from_cstr("x");
    ck_assert_ptr_null(ou_call((OuObject *)&ou_super_type, args, 2, NULL));
    ck_raised(&ou_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    ck_assert_ptr_null(ou_call_one((OuObject *)&ou_super_type, one));
    ck_raised(&ou_exc_TypeError, "super() argument 1 must be a type, not int");
    args[2] = one;
    ck_assert_ptr_null(ou_call((OuObject *)&ou_super_type, args, 3, NULL));
    ck_raised(&ou_exc_TypeError, "super() expected at most 2 arguments, got 3");
    // Outside any Python frame there is nothing to take arguments from.
    ck_assert_ptr_null(ou_call_noargs((OuObject *)&ou_super_type));
    ck_raised(&ou_exc_RuntimeError, "super(): no current frame");
    OU_DECREF(args[1]);
    OU_DECREF(one);
}
END_TEST

static Suite *descr_suite(void)
{
    Suite *s = suite_create("descr");
    TCase *tc = tcase_create("property");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_property_get_set_delete);
    tcase_add_test(tc, test_property_missing_messages);
    tcase_add_test(tc, test_property_doc_and_copy);
    tcase_add_test(tc, test_property_constructor_args);
    tcase_add_test(tc, test_property_cycle_collected);
    suite_add_tcase(s, tc);
    tc = tcase_create("wrappers");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_staticmethod);
    tcase_add_test(tc, test_classmethod_binds_class);
    suite_add_tcase(s, tc);
    tc = tcase_create("super");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_super_skips_past_type);
    tcase_add_test(tc, test_super_type_mode);
    tcase_add_test(tc, test_super_errors);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(descr_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
