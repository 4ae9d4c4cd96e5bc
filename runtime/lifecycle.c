// runtime/lifecycle.c: bringing the interpreter up and tearing it down.
// Teardown frees every object and arena, so a leak checker reports nothing:
// modules are cleared first (as CPython clears them), then the collector
// breaks what cycles remain, then the static types, caches and pools go.
#include "runtime/state.h"

#include <stdio.h>
#include <stdlib.h>
#include "runtime/bytes.h"
#include "runtime/cell.h"
#include "runtime/code.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/method.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/weakref.h"
#include "stdlib/stdlib.h"
#include "stdlib/stream.h"
#include "vm/vm.h"

OuState ou_state;

// Every statically defined type, readied at startup so each inherits the
// slots it leaves unset (bool's hash from int, …) before any use. Exception
// types and the lazy iterators have their own init functions.
static OuType *const builtin_types[] = {
    &ou_object_type, &ou_type_type, &ou_int_type, &ou_bool_type, &ou_float_type,
    &ou_str_type, &ou_str_iter_type, &ou_str_ascii_iter_type,
    &ou_tuple_type, &ou_tuple_iter_type, &ou_list_type, &ou_list_iter_type,
    &ou_list_reverseiter_type, &ou_dict_type, &ou_dict_keys_type, &ou_dict_values_type,
    &ou_dict_items_type, &ou_dict_keyiter_type, &ou_dict_valueiter_type,
    &ou_dict_itemiter_type, &ou_dict_revkeyiter_type, &ou_dict_revvalueiter_type,
    &ou_dict_revitemiter_type, &ou_range_type, &ou_range_iter_type, &ou_slice_type,
    &ou_cfunc_type, &ou_method_descr_type, &ou_getset_descr_type,
    &ou_classmethod_descr_type, &ou_function_type, &ou_method_type, &ou_cell_type,
    &ou_code_type, &ou_module_type, &ou_frame_type, &ou_traceback_type, &ou_stream_type,
    &ou_wrapper_descr_type, &ou_member_descr_type, &ou_mappingproxy_type, &ou_property_type,
    &ou_staticmethod_type, &ou_classmethod_type, &ou_super_type, &ou_set_type, &ou_frozenset_type,
    &ou_set_iter_type, &ou_bytes_type, &ou_bytes_iter_type, &ou_gen_type,
    &ou_weakref_type, &ou_weakproxy_type, &ou_weakcallableproxy_type,
};

int ou_runtime_init(int argc, char **argv)
{
    ou_state.recursion_limit = 1000;
    ou_state.trace.max_nframe = 1;
    ou_state.mem.fail_after = -1;
    ou_gc_init();
    ou_int_init();
    ou_str_init();
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++)
        if (ou_type_ready(builtin_types[i]) < 0)
            goto fail;
    if (ou_exc_init_types() < 0 || ou_iter_init_types() < 0)
        goto fail;
    ou_state.modules = ou_dict_new();
    if (ou_state.modules == NULL)
        goto fail;
    OuObject *builtins = ou_builtins_init();
    if (builtins == NULL)
        goto fail;
    ou_state.builtins = ou_newref(ou_module_dict(builtins));
    int r = ou_dict_setitem_str(ou_state.modules, "builtins", builtins);
    OU_DECREF(builtins);
    if (r < 0)
        goto fail;
    ou_state.sys = ou_sys_init(argc, argv);
    if (ou_state.sys == NULL || ou_dict_setitem_str(ou_state.modules, "sys", ou_state.sys) < 0)
        goto fail;
    ou_state.main_module = ou_module_new("__main__");
    if (ou_state.main_module == NULL
        || ou_dict_setitem_str(ou_module_dict(ou_state.main_module), "__builtins__", ou_state.builtins) < 0
        || ou_dict_setitem_str(ou_state.modules, "__main__", ou_state.main_module) < 0)
        goto fail;
    return 0;
fail:
    fprintf(stderr, "Fatal Python error: cannot start ouro\n");
    if (ou_err_occurred())
        fprintf(stderr, "  (%s)\n", ou_type_name(ou_err_occurred()));
    return -1;
}

// Empty every module's namespace: the functions in them refer back to it.
static void clear_modules(void)
{
    if (ou_state.modules == NULL)
        return;
    OuObject *mods = ou_dict_copy(ou_state.modules);
    if (mods == NULL) {
        ou_err_clear();
        return;
    }
    ou_ssize_t pos = 0;
    OuObject *k, *m;
    while (ou_dict_next(mods, &pos, &k, &m))
        if (ou_module_check(m) && ou_module_dict(m) != ou_state.builtins)
            ou_dict_clear(ou_module_dict(m));
    OU_DECREF(mods);
    ou_dict_clear(ou_state.modules);
}

void ou_runtime_finalize(void)
{
    ou_mem_trace_stop();        // traces hold filenames: stop before teardown
    ou_err_clear();
    OU_CLEAR(ou_state.handled_exc);
    clear_modules();
    OU_CLEAR(ou_state.main_module);
    OU_CLEAR(ou_state.sys);
    if (ou_state.builtins != NULL)
        ou_dict_clear(ou_state.builtins);
    ou_gc_finalize();
    OU_CLEAR(ou_state.builtins);
    OU_CLEAR(ou_state.modules);
    OU_CLEAR(ou_state.repr_stack);
    ou_err_clear();
    ou_slots_fini();
    // Static types last: their dicts hold the descriptors of their methods.
    for (int i = ou_state.nready_types - 1; i >= 0; i--)
        ou_type_fini(ou_state.ready_types[i]);
    ou_state.nready_types = 0;
    ou_exc_fini_types();
    ou_iter_fini_types();
    ou_gc_finalize();
    ou_frame_fini();
    ou_tuple_fini();
    ou_list_fini();
    ou_dict_fini();
    ou_float_fini();
    ou_str_fini();
    ou_int_fini();
    OU_CLEAR(ou_state.empty_tuple);
    ou_obmalloc_finalize();
}
