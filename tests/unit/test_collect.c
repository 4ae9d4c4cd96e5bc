// tests/unit/test_collect.c: the cycle collector over the real runtime.
// Python snippets build the structures (so every container type takes part
// as it does in scripts); C drives ou_gc_collect and checks what died, in
// what order weak references were cleared, and where survivors went.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "compiler/compiler.h"
#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "vm/vm.h"

static OuObject *globals;

static void setup(void)
{
    if (ou_runtime_init(0, NULL) < 0)
        abort();
    globals = ou_module_dict(ou_state.main_module);
}

static void teardown(void)
{
    globals = NULL;
    ou_runtime_finalize();
}

// Run `src` in __main__'s namespace; fail the test on an exception.
static void run(const char *src)
{
    OuObject *code = ou_compile(src, strlen(src), "<test>", OU_PARSE_FILE);
    ck_assert_msg(code != NULL, "compile failed: %s", src);
    OuObject *r = ou_vm_run_code(code, globals, globals);
    OU_DECREF(code);
    if (r == NULL)
        ou_vm_print_exception(ou_err_occurred(), stderr);
    ck_assert_msg(r != NULL, "run failed: %s", src);
    OU_DECREF(r);
}

static int64_t global_int(const char *name)
{
    OuObject *v = ou_dict_getitem_str(globals, name);
    ck_assert_ptr_nonnull(v);
    int64_t x = -1;
    ck_assert_int_eq(ou_int_as_i64(v, &x), 0);
    return x;
}

static const char prelude[] =
    "import weakref\n"
    "class Node:\n"
    "    pass\n"
    "def alive(r):\n"
    "    return 0 if r() is None else 1\n";

// One cycle per container kind; each holds a Node only the cycle reaches.
static const char *const cycles[] = {
    "l = [Node()]; l.append(l); w = weakref.ref(l[0]); del l\n",
    "d = {'n': Node()}; d['self'] = d; w = weakref.ref(d['n']); del d\n",
    "n = Node(); t = ([n],); t[0].append(t); w = weakref.ref(n); del n, t\n",
    "n = Node(); s = {frozenset([1])}; n.s = s; s.add(n); w = weakref.ref(n); del n, s\n",
    "n = Node(); n.me = n; w = weakref.ref(n); del n\n",
    "def f(): pass\nf.n = Node(); f.f = f; w = weakref.ref(f.n); del f\n",
    "def outer():\n    n = Node()\n    def inner(): return inner, n\n    return inner\n"
    "i = outer(); w = weakref.ref(i()[1]); del i\n",
    "n = Node(); n.m = n.__init__; w = weakref.ref(n); del n\n",
    "def g():\n    n = Node()\n    yield n\n    yield\n"
    "it = g(); w = weakref.ref(next(it)); it.gi_frame.f_globals['keep'] = None\n"
    "x = [it]; x.append(x); del it, x\n",
    "def boom():\n    n = Node()\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        return e, weakref.ref(n)\n"
    "e, w = boom(); e.me = e; del e\n",
};

START_TEST(test_collect_cycles_through_every_container)
{
    run(prelude);
    for (size_t i = 0; i < sizeof cycles / sizeof cycles[0]; i++) {
        run(cycles[i]);
        run("before = alive(w)\n");
        ck_assert_msg(global_int("before") == 1, "cycle %zu died before collection", i);
        ou_ssize_t found = ou_gc_collect(2);
        ck_assert_msg(found >= 1, "cycle %zu: collect found %zd", i, found);
        run("after = alive(w)\n");
        ck_assert_msg(global_int("after") == 0, "cycle %zu survived collection", i);
    }
}
END_TEST

// Callbacks of weak references to garbage run most recent first, before
// finalizers, and see the references already cleared.
START_TEST(test_collect_weakref_clearing_order)
{
    run(prelude);
    run("log = []\n"
        "class Fin:\n"
        "    def __del__(self):\n"
        "        log.append('del')\n"
        "n = Fin(); n.me = n\n"
        "r1 = weakref.ref(n, lambda r: log.append(('first', r() is None)))\n"
        "r2 = weakref.ref(n, lambda r: log.append(('second', r() is None)))\n"
        "del n\n");
    ou_gc_collect(2);
    run("ok = int(log == [('second', True), ('first', True), 'del'])\n");
    ck_assert_int_eq(global_int("ok"), 1);
}
END_TEST

// What survives a collection moves one generation older.
START_TEST(test_collect_survivors_are_promoted)
{
    run("keep = [[] for _ in range(10)]\n");
    ou_gc_collect(2);
    ou_ssize_t old_before = ou_gc_list_size(2);
    ck_assert_int_eq(ou_gc_list_size(0), 0);
    run("young = [[] for _ in range(5)]\n");
    ou_ssize_t young = ou_gc_list_size(0);
    ck_assert_int_ge(young, 6);
    ou_gc_collect(0);
    ck_assert_int_eq(ou_gc_list_size(0), 0);
    ck_assert_int_ge(ou_gc_list_size(1), young);
    ou_gc_collect(1);
    ck_assert_int_eq(ou_gc_list_size(1), 0);
    ck_assert_int_ge(ou_gc_list_size(2), old_before + young);
}
END_TEST

static Suite *collect_suite(void)
{
    Suite *s = suite_create("collect");
    TCase *tc = tcase_create("collector");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_collect_cycles_through_every_container);
    tcase_add_test(tc, test_collect_weakref_clearing_order);
    tcase_add_test(tc, test_collect_survivors_are_promoted);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(collect_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
