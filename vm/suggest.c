// vm/suggest.c: the ". Did you mean: 'x'?" that CPython 3.11 appends to an
// uncaught NameError or AttributeError. Candidates are the names in scope
// (locals, then globals, then builtins) or the object's attributes; the
// closest by a weighted edit distance wins, if it is close enough.
#include "vm/vm.h"

#include <stdint.h>
#include <string.h>
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#define MAX_CANDIDATES 750
#define MAX_NAME 40
#define MOVE_COST 2
#define CASE_COST 1

// Letters that differ only in case are a cheaper substitution.
static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a == b)
        return 0;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z')
        b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

// Edit distance of a and b, or max_cost + 1 as soon as it must exceed it.
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    while (na && nb && a[0] == b[0]) {
        a++, b++;
        na--, nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_NAME || nb > MAX_NAME)
        return max_cost + 1;
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t row[MAX_NAME];
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        size_t diag = bi * MOVE_COST;
        result = diag;
        size_t minimum = SIZE_MAX;
        for (size_t ai = 0; ai < na; ai++) {
            size_t substitute = diag + substitution_cost(b[bi], a[ai]);
            diag = row[ai];
            size_t insdel = (result < diag ? result : diag) + MOVE_COST;
            result = insdel < substitute ? insdel : substitute;
            row[ai] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

// Borrowed: the best of `names` (a list or tuple of str) for `name`, or NULL.
static OuObject *best_match(OuObject *const *names, ou_ssize_t n, OuObject *name)
{
    if (n >= MAX_CANDIDATES)
        return NULL;
    OuObject *best = NULL;
    size_t best_distance = SIZE_MAX;
    size_t nlen = (size_t)ou_str_size(name);
    for (ou_ssize_t i = 0; i < n; i++) {
        OuObject *item = names[i];
        if (!ou_str_check(item) || ou_str_eq(item, name))
            continue;
        size_t ilen = (size_t)ou_str_size(item);
        size_t max_distance = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance)
            max_distance = best_distance - 1;
        size_t d = distance(ou_str_utf8(name), nlen, ou_str_utf8(item), ilen, max_distance);
        if (d > max_distance)
            continue;
        if (best == NULL || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

static OuObject *match_in_dict(OuObject *dict, OuObject *name)
{
    OuObject *keys = ou_dict_keys_list(dict);
    if (keys == NULL) {
        ou_err_clear();
        return NULL;
    }
    OuObject *m = ou_xnewref(best_match(ou_list_items(keys), ou_list_size(keys), name));
    OU_DECREF(keys);
    return m;
}

static OuObject *suggest_name(OuObject *exc)
{
    OuNameError *e = (OuNameError *)exc;
    if (e->name == NULL || !ou_str_check_exact(e->name) || e->traceback == NULL
        || OU_TYPE(e->traceback) != &ou_traceback_type)
        return NULL;
    OuTraceback *tb = (OuTraceback *)e->traceback;
    while (tb->next != NULL)
        tb = tb->next;
    OuFrame *f = tb->frame;
    OuObject *varnames = ou_code_varnames(f->code);
    if (varnames == NULL) {
        ou_err_clear();
        return NULL;
    }
    OuObject *m = ou_xnewref(best_match(ou_tuple_items(varnames), ou_tuple_size(varnames), e->name));
    OU_DECREF(varnames);
    if (m == NULL)
        m = match_in_dict(f->globals, e->name);
    if (m == NULL)
        m = match_in_dict(f->builtins, e->name);
    return m;
}

static OuObject *suggest_attribute(OuObject *exc)
{
    OuAttributeError *e = (OuAttributeError *)exc;
    if (e->name == NULL || !ou_str_check_exact(e->name) || e->obj == NULL)
        return NULL;
    OuObject *names = ou_object_dir(e->obj);
    if (names == NULL) {
        ou_err_clear();
        return NULL;
    }
    OuObject *m = ou_xnewref(best_match(ou_list_items(names), ou_list_size(names), e->name));
    OU_DECREF(names);
    return m;
}

OuObject *ou_vm_suggestion(OuObject *exc)
{
    if (ou_is_instance_of(exc, &ou_exc_NameError))
        return suggest_name(exc);
    if (ou_is_instance_of(exc, &ou_exc_AttributeError))
        return suggest_attribute(exc);
    return NULL;
}
