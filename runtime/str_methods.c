// runtime/str_methods.c: the methods of `str` (the `ou_str_methods` table).
//
// Everything works on the UTF-8 bytes where it can: searching, splitting on
// a separator and replacing are byte operations, because a UTF-8 match can
// only start on a code point boundary. Code point indices (the `start` and
// `end` arguments, the results of find) are converted at the edges, which
// costs nothing for ASCII strings.
//
// Argument errors copy python3.11's wording, which differs by how CPython
// declares each method; the `check_*` helpers below name the four styles.
#include "runtime/str.h"

#include <string.h>
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/tuple.h"

#define STR(o) ((OuStr *)(o))
#define DATA(o) (STR(o)->data)
#define SIZE(o) (STR(o)->size)

// ---- Argument checking ----

static int check_no_kw(const char *name, OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0) {
        ou_err_format(&ou_exc_TypeError, "str.%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

// Methods declared with the old argument parser: "find() takes at least 1
// argument (0 given)".
static int check_old(const char *name, ou_ssize_t nargs, OuObject *kwnames, int min, int max)
{
    if (check_no_kw(name, kwnames) < 0)
        return -1;
    if (nargs < min || nargs > max) {
        int lo = nargs < min;
        int want = lo ? min : max;
        ou_err_format(&ou_exc_TypeError, "%s() takes at %s %d argument%s (%zd given)", name,
                      lo ? "least" : "most", want, want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

// Positional-only methods: "strip expected at most 1 argument, got 2".
static int check_pos(const char *name, ou_ssize_t nargs, OuObject *kwnames, int min, int max)
{
    if (check_no_kw(name, kwnames) < 0)
        return -1;
    if (nargs < min || nargs > max) {
        int lo = nargs < min;
        int want = lo ? min : max;
        ou_err_format(&ou_exc_TypeError, "%s expected at %s %d argument%s, got %zd", name,
                      lo ? "least" : "most", want, want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

// Exactly one argument: "str.join() takes exactly one argument (0 given)".
static int check_one(const char *name, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_no_kw(name, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        ou_err_format(&ou_exc_TypeError, "str.%s() takes exactly one argument (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

static int check_none(const char *name, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_no_kw(name, kwnames) < 0)
        return -1;
    if (nargs != 0) {
        ou_err_format(&ou_exc_TypeError, "str.%s() takes no arguments (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

int ou_str_parse_args(const char *fname, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames,
                      const char *const *names, int maxpos, OuObject **out)
{
    int nnames = 0;
    while (names[nnames] != NULL)
        out[nnames++] = NULL;
    if (nargs > maxpos) {
        ou_err_format(&ou_exc_TypeError, "%s() takes at most %d argument%s (%zd given)", fname, maxpos,
                      maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (ou_ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
    ou_ssize_t nkw = kwnames == NULL ? 0 : ou_tuple_size(kwnames);
    for (ou_ssize_t k = 0; k < nkw; k++) {
        OuObject *kw = ou_tuple_get(kwnames, k);
        int j = 0;
        while (j < nnames && !ou_str_eq_cstr(kw, names[j]))
            j++;
        if (j == nnames) {
            ou_err_format(&ou_exc_TypeError, "'%U' is an invalid keyword argument for %s()", kw, fname);
            return -1;
        }
        if (out[j] != NULL) {
            ou_err_format(&ou_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                          fname, names[j], j + 1);
            return -1;
        }
        out[j] = args[nargs + k];
    }
    return 0;
}

static int need_str(OuObject *o)
{
    if (!ou_str_check(o)) {
        ou_err_format(&ou_exc_TypeError, "must be str, not %.100s", ou_type_name(o));
        return -1;
    }
    return 0;
}

static int as_ssize(OuObject *o, ou_ssize_t *out)
{
    if (OU_TYPE(o)->nb_index == NULL && !ou_int_check(o)) {
        ou_err_format(&ou_exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                      ou_type_name(o));
        return -1;
    }
    ou_ssize_t v = ou_number_as_ssize(o, &ou_exc_OverflowError);
    if (v == -1 && ou_err_occurred() != NULL)
        return -1;
    *out = v;
    return 0;
}

// A `start`/`end` argument: None leaves *out alone.
static int slice_index(OuObject *o, ou_ssize_t *out)
{
    if (o == NULL || o == ou_None)
        return 0;
    if (OU_TYPE(o)->nb_index == NULL && !ou_int_check(o)) {
        ou_err_set_string(&ou_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ou_ssize_t v = ou_number_as_ssize(o, &ou_exc_OverflowError);
    if (v == -1 && ou_err_occurred() != NULL) {
        // CPython clamps out-of-range slice indices instead of failing.
        if (!ou_err_matches(&ou_exc_OverflowError))
            return -1;
        ou_err_clear();
        v = ou_int_check(o) && ou_int_sign(o) < 0 ? -OU_SSIZE_MAX : OU_SSIZE_MAX;
    }
    *out = v;
    return 0;
}

// Clamp start/end against len as slicing does.
static void adjust_indices(ou_ssize_t *start, ou_ssize_t *end, ou_ssize_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

// Code point index of byte offset `off` in s.
static ou_ssize_t cp_index(OuObject *s, ou_ssize_t off)
{
    if (STR(s)->ascii)
        return off;
    ou_ssize_t k = 0;
    for (ou_ssize_t i = 0; i < off; i++)
        if (((unsigned char)DATA(s)[i] & 0xc0) != 0x80)
            k++;
    return k;
}

// The code point ending just before byte offset *pos; moves *pos onto it.
static uint32_t prev_cp(const char *data, ou_ssize_t *pos)
{
    ou_ssize_t p = *pos - 1;
    while (p > 0 && ((unsigned char)data[p] & 0xc0) == 0x80)
        p--;
    *pos = p;
    const char *q = data + p;
    return ou_utf8_next(&q);
}

// Parses (sub[, start[, end]]) and turns the window into byte offsets.
// Returns 1 when the window is valid, 0 when start lies past end (nothing
// can match), -1 on error.
static int find_args(const char *name, OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                     OuObject *kwnames, OuObject **sub, ou_ssize_t *from, ou_ssize_t *to,
                     ou_ssize_t *cstart)
{
    if (check_old(name, nargs, kwnames, 1, 3) < 0)
        return -1;
    ou_ssize_t start = 0, end = OU_SSIZE_MAX;
    if ((nargs > 1 && slice_index(args[1], &start) < 0) || (nargs > 2 && slice_index(args[2], &end) < 0))
        return -1;
    *sub = args[0];
    if (need_str(*sub) < 0)
        return -1;
    adjust_indices(&start, &end, STR(self)->length);
    *cstart = start;
    if (start > STR(self)->length || end < start)
        return 0;
    *from = ou_str_byte_offset(self, start);
    *to = ou_str_byte_offset(self, end);
    return 1;
}

// ---- Searching ----

static ou_ssize_t find_impl(const char *name, OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                            OuObject *kwnames, int reverse, int *err)
{
    OuObject *sub;
    ou_ssize_t from, to, cstart;
    *err = 0;
    int ok = find_args(name, self, args, nargs, kwnames, &sub, &from, &to, &cstart);
    if (ok < 0) {
        *err = 1;
        return -1;
    }
    if (ok == 0)
        return -1;
    ou_ssize_t r = reverse ? ou_str_bytes_rfind(DATA(self) + from, to - from, DATA(sub), SIZE(sub))
                           : ou_str_bytes_find(DATA(self) + from, to - from, DATA(sub), SIZE(sub));
    if (r < 0)
        return -1;
    return cp_index(self, from + r);
}

static OuObject *str_find(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    int err;
    ou_ssize_t r = find_impl("find", self, args, nargs, kwnames, 0, &err);
    return err ? NULL : ou_int_from_i64(r);
}

static OuObject *str_rfind(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    int err;
    ou_ssize_t r = find_impl("rfind", self, args, nargs, kwnames, 1, &err);
    return err ? NULL : ou_int_from_i64(r);
}

static OuObject *str_index(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    int err;
    ou_ssize_t r = find_impl("index", self, args, nargs, kwnames, 0, &err);
    if (err)
        return NULL;
    if (r < 0)
        return ou_err_set_string(&ou_exc_ValueError, "substring not found");
    return ou_int_from_i64(r);
}

static OuObject *str_rindex(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    int err;
    ou_ssize_t r = find_impl("rindex", self, args, nargs, kwnames, 1, &err);
    if (err)
        return NULL;
    if (r < 0)
        return ou_err_set_string(&ou_exc_ValueError, "substring not found");
    return ou_int_from_i64(r);
}

static OuObject *str_count(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *sub;
    ou_ssize_t from, to, cstart;
    int ok = find_args("count", self, args, nargs, kwnames, &sub, &from, &to, &cstart);
    if (ok < 0)
        return NULL;
    if (ok == 0)
        return ou_int_from_i64(0);
    if (SIZE(sub) == 0) {
        // One empty match before each code point of the window and one after.
        ou_ssize_t cps = STR(self)->ascii ? to - from : cp_index(self, to) - cp_index(self, from);
        return ou_int_from_i64(cps + 1);
    }
    ou_ssize_t n = 0;
    const char *p = DATA(self) + from;
    ou_ssize_t left = to - from;
    for (;;) {
        ou_ssize_t r = ou_str_bytes_find(p, left, DATA(sub), SIZE(sub));
        if (r < 0)
            break;
        n++;
        p += r + SIZE(sub);
        left -= r + SIZE(sub);
    }
    return ou_int_from_i64(n);
}

static OuObject *starts_ends(const char *name, OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                             OuObject *kwnames, int ends)
{
    if (check_old(name, nargs, kwnames, 1, 3) < 0)
        return NULL;
    ou_ssize_t start = 0, end = OU_SSIZE_MAX;
    if ((nargs > 1 && slice_index(args[1], &start) < 0) || (nargs > 2 && slice_index(args[2], &end) < 0))
        return NULL;
    OuObject *arg = args[0];
    int is_tuple = ou_tuple_check(arg);
    if (!is_tuple && !ou_str_check(arg))
        return ou_err_format(&ou_exc_TypeError, "%s first arg must be str or a tuple of str, not %.100s",
                             name, ou_type_name(arg));
    adjust_indices(&start, &end, STR(self)->length);
    ou_ssize_t n = is_tuple ? ou_tuple_size(arg) : 1;
    for (ou_ssize_t i = 0; i < n; i++) {
        OuObject *p = is_tuple ? ou_tuple_get(arg, i) : arg;
        if (!ou_str_check(p))
            return ou_err_format(&ou_exc_TypeError, "tuple for %s must only contain str, not %.100s",
                                 name, ou_type_name(p));
        if (end - start < STR(p)->length || start > STR(self)->length)
            continue;
        ou_ssize_t from = ou_str_byte_offset(self, start), to = ou_str_byte_offset(self, end);
        if (to - from < SIZE(p))
            continue;
        const char *at = ends ? DATA(self) + to - SIZE(p) : DATA(self) + from;
        if (memcmp(at, DATA(p), (size_t)SIZE(p)) == 0)
            return ou_bool_from(1);
    }
    return ou_bool_from(0);
}

static OuObject *str_startswith(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return starts_ends("startswith", self, args, nargs, kwnames, 0);
}

static OuObject *str_endswith(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return starts_ends("endswith", self, args, nargs, kwnames, 1);
}

// ---- Splitting and joining ----

static int append_piece(OuObject *list, OuObject *self, ou_ssize_t from, ou_ssize_t to)
{
    OuObject *piece = ou_str_from_bytes_range(self, from, to);
    if (piece == NULL)
        return -1;
    int rc = ou_list_append(list, piece);
    OU_DECREF(piece);
    return rc;
}

static int split_args(const char *name, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames,
                      OuObject **sep, ou_ssize_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    OuObject *a[2];
    if (ou_str_parse_args(name, args, nargs, kwnames, names, 2, a) < 0)
        return -1;
    *sep = a[0] == ou_None ? NULL : a[0];
    *maxsplit = -1;
    if (*sep != NULL && !ou_str_check(*sep)) {
        ou_err_format(&ou_exc_TypeError, "must be str or None, not %.100s", ou_type_name(*sep));
        return -1;
    }
    if (a[1] != NULL && as_ssize(a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = OU_SSIZE_MAX;
    if (*sep != NULL && SIZE(*sep) == 0) {
        ou_err_set_string(&ou_exc_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

static OuObject *str_split(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *sep;
    ou_ssize_t maxsplit;
    if (split_args("split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    OuObject *list = ou_list_new(0);
    if (list == NULL)
        return NULL;
    const char *d = DATA(self);
    ou_ssize_t n = SIZE(self), i = 0;
    if (sep == NULL) {
        // Runs of whitespace separate; leading and trailing runs yield nothing.
        while (maxsplit-- > 0) {
            ou_ssize_t j;
            for (;;) {
                if (i >= n)
                    return list;
                const char *p = d + i;
                if (!ou_unicode_isspace(ou_utf8_next(&p)))
                    break;
                i = p - d;
            }
            j = i;
            for (;;) {
                if (j >= n)
                    break;
                const char *p = d + j;
                if (ou_unicode_isspace(ou_utf8_next(&p)))
                    break;
                j = p - d;
            }
            if (i == 0 && j == n && ou_str_check_exact(self)) {
                int rc = ou_list_append(list, self);
                if (rc < 0)
                    goto error;
                return list;
            }
            if (append_piece(list, self, i, j) < 0)
                goto error;
            i = j;
        }
        // Only the remainder after the last split keeps its trailing spaces.
        while (i < n) {
            const char *p = d + i;
            if (!ou_unicode_isspace(ou_utf8_next(&p)))
                break;
            i = p - d;
        }
        if (i < n && append_piece(list, self, i, n) < 0)
            goto error;
        return list;
    }
    while (maxsplit-- > 0) {
        ou_ssize_t r = ou_str_bytes_find(d + i, n - i, DATA(sep), SIZE(sep));
        if (r < 0)
            break;
        if (append_piece(list, self, i, i + r) < 0)
            goto error;
        i += r + SIZE(sep);
    }
    if (append_piece(list, self, i, n) < 0)
        goto error;
    return list;
error:
    OU_DECREF(list);
    return NULL;
}

static OuObject *str_rsplit(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *sep;
    ou_ssize_t maxsplit;
    if (split_args("rsplit", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    OuObject *list = ou_list_new(0);
    if (list == NULL)
        return NULL;
    const char *d = DATA(self);
    ou_ssize_t j = SIZE(self);
    if (sep == NULL) {
        while (maxsplit-- > 0) {
            ou_ssize_t i, q;
            for (;;) {
                if (j <= 0)
                    goto reverse;
                q = j;
                if (!ou_unicode_isspace(prev_cp(d, &q)))
                    break;
                j = q;
            }
            i = j;
            for (;;) {
                if (i <= 0)
                    break;
                q = i;
                if (ou_unicode_isspace(prev_cp(d, &q)))
                    break;
                i = q;
            }
            if (append_piece(list, self, i, j) < 0)
                goto error;
            j = i;
        }
        while (j > 0) {
            ou_ssize_t q = j;
            if (!ou_unicode_isspace(prev_cp(d, &q)))
                break;
            j = q;
        }
        if (j > 0 && append_piece(list, self, 0, j) < 0)
            goto error;
        goto reverse;
    }
    while (maxsplit-- > 0) {
        ou_ssize_t r = ou_str_bytes_rfind(d, j, DATA(sep), SIZE(sep));
        if (r < 0)
            break;
        if (append_piece(list, self, r + SIZE(sep), j) < 0)
            goto error;
        j = r;
    }
    if (append_piece(list, self, 0, j) < 0)
        goto error;
reverse:
    if (ou_list_reverse(list) < 0)
        goto error;
    return list;
error:
    OU_DECREF(list);
    return NULL;
}

static OuObject *str_splitlines(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = {"keepends", NULL};
    OuObject *a[1];
    if (ou_str_parse_args("splitlines", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    ou_ssize_t keep = 0;
    if (a[0] != NULL && as_ssize(a[0], &keep) < 0)
        return NULL;
    OuObject *list = ou_list_new(0);
    if (list == NULL)
        return NULL;
    const char *d = DATA(self);
    ou_ssize_t n = SIZE(self), i = 0;
    while (i < n) {
        ou_ssize_t j = i, eol = -1;
        while (j < n) {
            const char *p = d + j;
            uint32_t c = ou_utf8_next(&p);
            if (ou_unicode_islinebreak(c)) {
                eol = j;
                j = p - d;
                if (c == '\r' && j < n && d[j] == '\n')
                    j++;
                break;
            }
            j = p - d;
        }
        if (eol < 0)
            eol = j;
        if (append_piece(list, self, i, keep ? j : eol) < 0) {
            OU_DECREF(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static OuObject *str_join(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_one("join", nargs, kwnames) < 0)
        return NULL;
    return ou_str_join(self, args[0]);
}

static OuObject *partition(const char *name, OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                           OuObject *kwnames, int reverse)
{
    if (check_one(name, nargs, kwnames) < 0)
        return NULL;
    OuObject *sep = args[0];
    if (need_str(sep) < 0)
        return NULL;
    if (SIZE(sep) == 0)
        return ou_err_set_string(&ou_exc_ValueError, "empty separator");
    ou_ssize_t r = reverse ? ou_str_bytes_rfind(DATA(self), SIZE(self), DATA(sep), SIZE(sep))
                           : ou_str_bytes_find(DATA(self), SIZE(self), DATA(sep), SIZE(sep));
    OuObject *parts[3] = {NULL, NULL, NULL};
    OuObject *result = NULL;
    if (r < 0) {
        OuObject *whole = ou_str_from_bytes_range(self, 0, SIZE(self));
        OuObject *empty = ou_str_empty();
        if (whole == NULL || empty == NULL) {
            OU_XDECREF(whole);
            OU_XDECREF(empty);
            return NULL;
        }
        result = reverse ? ou_tuple_pack(3, empty, empty, whole) : ou_tuple_pack(3, whole, empty, empty);
        OU_DECREF(whole);
        OU_DECREF(empty);
        return result;
    }
    parts[0] = ou_str_from_bytes_range(self, 0, r);
    parts[1] = ou_newref(sep);
    parts[2] = ou_str_from_bytes_range(self, r + SIZE(sep), SIZE(self));
    if (parts[0] != NULL && parts[2] != NULL)
        result = ou_tuple_pack(3, parts[0], parts[1], parts[2]);
    for (int k = 0; k < 3; k++)
        OU_XDECREF(parts[k]);
    return result;
}

static OuObject *str_partition(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return partition("partition", self, args, nargs, kwnames, 0);
}

static OuObject *str_rpartition(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return partition("rpartition", self, args, nargs, kwnames, 1);
}

// ---- Stripping, replacing, affixes ----

// Is c in the character set `chars` (a str), or whitespace when chars is NULL?
static int strip_match(OuObject *chars, uint32_t c)
{
    if (chars == NULL)
        return ou_unicode_isspace(c);
    if (STR(chars)->ascii)
        return c < 0x80 && memchr(DATA(chars), (int)c, (size_t)SIZE(chars)) != NULL;
    const char *p = DATA(chars), *end = p + SIZE(chars);
    while (p < end)
        if (ou_utf8_next(&p) == c)
            return 1;
    return 0;
}

static OuObject *strip_impl(const char *name, OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                            OuObject *kwnames, int left, int right)
{
    if (check_pos(name, nargs, kwnames, 0, 1) < 0)
        return NULL;
    OuObject *chars = nargs > 0 && args[0] != ou_None ? args[0] : NULL;
    if (chars != NULL && !ou_str_check(chars))
        return ou_err_format(&ou_exc_TypeError, "%s arg must be None or str", name);
    const char *d = DATA(self);
    ou_ssize_t i = 0, j = SIZE(self);
    if (left) {
        while (i < j) {
            const char *p = d + i;
            if (!strip_match(chars, ou_utf8_next(&p)))
                break;
            i = p - d;
        }
    }
    if (right) {
        while (j > i) {
            ou_ssize_t q = j;
            if (!strip_match(chars, prev_cp(d, &q)))
                break;
            j = q;
        }
    }
    return ou_str_from_bytes_range(self, i, j);
}

static OuObject *str_strip(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return strip_impl("strip", self, args, nargs, kwnames, 1, 1);
}

static OuObject *str_lstrip(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return strip_impl("lstrip", self, args, nargs, kwnames, 1, 0);
}

static OuObject *str_rstrip(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return strip_impl("rstrip", self, args, nargs, kwnames, 0, 1);
}

static OuObject *str_replace(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_pos("replace", nargs, kwnames, 2, 3) < 0)
        return NULL;
    for (int k = 0; k < 2; k++)
        if (!ou_str_check(args[k]))
            return ou_err_format(&ou_exc_TypeError, "replace() argument %d must be str, not %.100s", k + 1,
                                 ou_type_name(args[k]));
    OuObject *old = args[0], *new = args[1];
    ou_ssize_t count = -1;
    if (nargs > 2 && as_ssize(args[2], &count) < 0)
        return NULL;
    if (count < 0)
        count = OU_SSIZE_MAX;
    const char *d = DATA(self);
    ou_ssize_t n = SIZE(self);
    OuStrBuilder sb;
    ou_sb_init(&sb);
    ou_ssize_t i = 0;
    if (SIZE(old) == 0) {
        // The empty string matches before every code point and at the end.
        while (count > 0 && i <= n) {
            if (ou_sb_append_str(&sb, new) < 0)
                goto error;
            count--;
            if (i == n) {
                i++;
                break;
            }
            const char *p = d + i;
            ou_utf8_next(&p);
            if (ou_sb_append(&sb, d + i, (p - d) - i) < 0)
                goto error;
            i = p - d;
        }
        if (i < n && ou_sb_append(&sb, d + i, n - i) < 0)
            goto error;
        return ou_sb_finish(&sb);
    }
    ou_ssize_t r = count > 0 ? ou_str_bytes_find(d, n, DATA(old), SIZE(old)) : -1;
    if (r < 0) {
        ou_sb_discard(&sb);
        return ou_str_from_bytes_range(self, 0, n);
    }
    while (count > 0 && r >= 0) {
        if (ou_sb_append(&sb, d + i, r) < 0 || ou_sb_append_str(&sb, new) < 0)
            goto error;
        i += r + SIZE(old);
        count--;
        r = ou_str_bytes_find(d + i, n - i, DATA(old), SIZE(old));
    }
    if (ou_sb_append(&sb, d + i, n - i) < 0)
        goto error;
    return ou_sb_finish(&sb);
error:
    ou_sb_discard(&sb);
    return NULL;
}

static OuObject *affix(const char *name, OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                       OuObject *kwnames, int suffix)
{
    if (check_one(name, nargs, kwnames) < 0)
        return NULL;
    OuObject *a = args[0];
    if (!ou_str_check(a))
        return ou_err_format(&ou_exc_TypeError, "%s() argument must be str, not %.100s", name,
                             ou_type_name(a));
    ou_ssize_t n = SIZE(self), k = SIZE(a);
    if (k > 0 && k <= n) {
        if (!suffix && memcmp(DATA(self), DATA(a), (size_t)k) == 0)
            return ou_str_from_bytes_range(self, k, n);
        if (suffix && memcmp(DATA(self) + n - k, DATA(a), (size_t)k) == 0)
            return ou_str_from_bytes_range(self, 0, n - k);
    }
    return ou_str_from_bytes_range(self, 0, n);
}

static OuObject *str_removeprefix(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return affix("removeprefix", self, args, nargs, kwnames, 0);
}

static OuObject *str_removesuffix(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return affix("removesuffix", self, args, nargs, kwnames, 1);
}

// ---- Padding ----

static OuObject *pad(OuObject *self, ou_ssize_t left, ou_ssize_t right, uint32_t fill)
{
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    if (left == 0 && right == 0)
        return ou_str_from_bytes_range(self, 0, SIZE(self));
    char fb[4];
    int fn = ou_utf8_encode(fill, fb);
    OuObject *r = ou_str_alloc((left + right) * fn + SIZE(self));
    if (r == NULL)
        return NULL;
    char *d = STR(r)->data;
    for (ou_ssize_t k = 0; k < left; k++, d += fn)
        memcpy(d, fb, (size_t)fn);
    memcpy(d, DATA(self), (size_t)SIZE(self));
    d += SIZE(self);
    for (ou_ssize_t k = 0; k < right; k++, d += fn)
        memcpy(d, fb, (size_t)fn);
    ou_str_finish(r);
    return r;
}

static OuObject *justify(const char *name, OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                         OuObject *kwnames, int how)
{
    if (check_pos(name, nargs, kwnames, 1, 2) < 0)
        return NULL;
    ou_ssize_t width;
    if (as_ssize(args[0], &width) < 0)
        return NULL;
    uint32_t fill = ' ';
    if (nargs > 1) {
        OuObject *f = args[1];
        if (!ou_str_check(f))
            return ou_err_format(&ou_exc_TypeError, "The fill character must be a unicode character, not %.100s",
                                 ou_type_name(f));
        if (STR(f)->length != 1)
            return ou_err_set_string(&ou_exc_TypeError, "The fill character must be exactly one character long");
        fill = ou_str_codepoint_at(f, 0);
    }
    ou_ssize_t marg = width - STR(self)->length;
    if (marg <= 0)
        return ou_str_from_bytes_range(self, 0, SIZE(self));
    if (how < 0)
        return pad(self, 0, marg, fill);
    if (how > 0)
        return pad(self, marg, 0, fill);
    // Odd margins put the extra fill on the left when the width is odd.
    ou_ssize_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static OuObject *str_ljust(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return justify("ljust", self, args, nargs, kwnames, -1);
}

static OuObject *str_rjust(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return justify("rjust", self, args, nargs, kwnames, 1);
}

static OuObject *str_center(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return justify("center", self, args, nargs, kwnames, 0);
}

static OuObject *str_zfill(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_one("zfill", nargs, kwnames) < 0)
        return NULL;
    ou_ssize_t width;
    if (as_ssize(args[0], &width) < 0)
        return NULL;
    ou_ssize_t fill = width - STR(self)->length;
    if (fill <= 0)
        return ou_str_from_bytes_range(self, 0, SIZE(self));
    OuObject *r = pad(self, fill, 0, '0');
    if (r != NULL && SIZE(self) > 0 && (DATA(self)[0] == '+' || DATA(self)[0] == '-')) {
        // Move the sign in front of the zeros.
        STR(r)->data[0] = DATA(self)[0];
        STR(r)->data[fill] = '0';
    }
    return r;
}

static OuObject *str_expandtabs(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = {"tabsize", NULL};
    OuObject *a[1];
    if (ou_str_parse_args("expandtabs", args, nargs, kwnames, names, 1, a) < 0)
        return NULL;
    ou_ssize_t tab = 8;
    if (a[0] != NULL && as_ssize(a[0], &tab) < 0)
        return NULL;
    OuStrBuilder sb;
    ou_sb_init(&sb);
    ou_ssize_t col = 0;
    const char *p = DATA(self), *end = p + SIZE(self);
    while (p < end) {
        const char *start = p;
        uint32_t c = ou_utf8_next(&p);
        if (c == '\t') {
            if (tab > 0) {
                ou_ssize_t spaces = tab - col % tab;
                col += spaces;
                for (; spaces > 0; spaces--)
                    if (ou_sb_append_char(&sb, ' ') < 0)
                        goto error;
            }
            continue;
        }
        col = c == '\n' || c == '\r' ? 0 : col + 1;
        if (ou_sb_append(&sb, start, p - start) < 0)
            goto error;
    }
    return ou_sb_finish(&sb);
error:
    ou_sb_discard(&sb);
    return NULL;
}

// ---- Case mapping ----

enum { MAP_UPPER, MAP_LOWER, MAP_TITLE, MAP_FOLD };

// Appends the full case mapping of c. The few mappings that produce more
// than one code point are listed here; the rest are the simple mappings.
static int append_mapped(OuStrBuilder *sb, uint32_t c, int how)
{
    if (c == 0xdf) {                            // ß
        const char *m = how == MAP_UPPER ? "SS" : how == MAP_TITLE ? "Ss" : how == MAP_FOLD ? "ss" : NULL;
        if (m != NULL)
            return ou_sb_append(sb, m, 2);
    }
    if (c >= 0xfb00 && c <= 0xfb06 && how != MAP_LOWER) {   // Latin ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
        static const char *const up[] = {"FF", "FI", "FL", "FFI", "FFL", "ST", "ST"};
        static const char *const ti[] = {"Ff", "Fi", "Fl", "Ffi", "Ffl", "St", "St"};
        static const char *const lo[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
        const char *m = how == MAP_UPPER ? up[c - 0xfb00] : how == MAP_TITLE ? ti[c - 0xfb00] : lo[c - 0xfb00];
        return ou_sb_append_cstr(sb, m);
    }
    if (c == 0x130 && (how == MAP_LOWER || how == MAP_FOLD))   // İ lowers to i + combining dot
        return ou_sb_append_cstr(sb, "i\xcc\x87");
    uint32_t m;
    switch (how) {
    case MAP_UPPER: m = ou_unicode_toupper(c); break;
    case MAP_TITLE: m = ou_unicode_totitle(c); break;
    case MAP_FOLD:
        // Case folding differs from lowercasing for a handful of letters.
        if (c == 0x17f)
            m = 's';
        else if (c == 0xb5)
            m = 0x3bc;
        else if (c == 0x3c2)
            m = 0x3c3;
        else
            m = ou_unicode_tolower(c);
        break;
    default: m = ou_unicode_tolower(c); break;
    }
    return ou_sb_append_codepoint(sb, m);
}

static int is_cased(uint32_t c)
{
    return ou_unicode_isupper(c) || ou_unicode_islower(c) || ou_unicode_istitle(c);
}

// how: MAP_UPPER / MAP_LOWER / MAP_FOLD on every character; -1 swapcase;
// -2 capitalize; -3 title.
static OuObject *case_map(OuObject *self, const char *name, ou_ssize_t nargs, OuObject *kwnames, int how)
{
    if (check_none(name, nargs, kwnames) < 0)
        return NULL;
    if (STR(self)->ascii) {
        OuObject *r = ou_str_alloc(SIZE(self));
        if (r == NULL)
            return NULL;
        char *d = STR(r)->data;
        const char *s = DATA(self);
        int prev_cased = 0;
        for (ou_ssize_t i = 0; i < SIZE(self); i++) {
            char c = s[i];
            int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            int to_up;
            switch (how) {
            case MAP_UPPER: to_up = 1; break;
            case -1: to_up = lo; break;
            case -2: to_up = i == 0; break;
            case -3: to_up = !prev_cased; break;
            default: to_up = 0; break;
            }
            if (to_up && lo)
                c = (char)(c - 32);
            else if (!to_up && up && (how != -1 || up))
                c = (char)(c + 32);
            d[i] = c;
            prev_cased = up || lo;
        }
        ou_str_finish(r);
        return r;
    }
    OuStrBuilder sb;
    ou_sb_init(&sb);
    const char *p = DATA(self), *end = p + SIZE(self);
    int prev_cased = 0, first = 1;
    while (p < end) {
        uint32_t c = ou_utf8_next(&p);
        int m;
        switch (how) {
        case -1:
            m = ou_unicode_isupper(c) ? MAP_LOWER : ou_unicode_islower(c) ? MAP_UPPER : -1;
            break;
        case -2:
            m = first ? MAP_TITLE : MAP_LOWER;
            break;
        case -3:
            m = prev_cased ? MAP_LOWER : MAP_TITLE;
            prev_cased = is_cased(c);
            break;
        default:
            m = how;
            break;
        }
        first = 0;
        int rc = m < 0 ? ou_sb_append_codepoint(&sb, c) : append_mapped(&sb, c, m);
        if (rc < 0) {
            ou_sb_discard(&sb);
            return NULL;
        }
    }
    return ou_sb_finish(&sb);
}

#define CASE_METHOD(fn, name, how) \
    static OuObject *fn(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames) \
    { \
        return case_map(self, name, nargs, kwnames, how); \
    }
CASE_METHOD(str_upper, "upper", MAP_UPPER)
CASE_METHOD(str_lower, "lower", MAP_LOWER)
CASE_METHOD(str_casefold, "casefold", MAP_FOLD)
CASE_METHOD(str_swapcase, "swapcase", -1)
CASE_METHOD(str_capitalize, "capitalize", -2)
CASE_METHOD(str_title, "title", -3)

// ---- Predicates ----

// Every code point satisfies pred, and there is at least one.
static OuObject *all_chars(OuObject *self, const char *name, ou_ssize_t nargs, OuObject *kwnames,
                           int (*pred)(uint32_t), int empty_result)
{
    if (check_none(name, nargs, kwnames) < 0)
        return NULL;
    if (SIZE(self) == 0)
        return ou_bool_from(empty_result);
    const char *p = DATA(self), *end = p + SIZE(self);
    while (p < end)
        if (!pred(ou_utf8_next(&p)))
            return ou_bool_from(0);
    return ou_bool_from(1);
}

static int isalnum_cp(uint32_t c)
{
    return ou_unicode_isalpha(c) || ou_unicode_isdecimal(c) || ou_unicode_isdigit(c) ||
           ou_unicode_isnumeric(c);
}

#define PRED_METHOD(fn, name, pred, empty) \
    static OuObject *fn(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames) \
    { \
        return all_chars(self, name, nargs, kwnames, pred, empty); \
    }
PRED_METHOD(str_isalpha, "isalpha", ou_unicode_isalpha, 0)
PRED_METHOD(str_isalnum, "isalnum", isalnum_cp, 0)
PRED_METHOD(str_isdecimal, "isdecimal", ou_unicode_isdecimal, 0)
PRED_METHOD(str_isdigit, "isdigit", ou_unicode_isdigit, 0)
PRED_METHOD(str_isnumeric, "isnumeric", ou_unicode_isnumeric, 0)
PRED_METHOD(str_isspace, "isspace", ou_unicode_isspace, 0)
PRED_METHOD(str_isprintable, "isprintable", ou_unicode_isprintable, 1)

static OuObject *str_isascii(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_none("isascii", nargs, kwnames) < 0)
        return NULL;
    return ou_bool_from(STR(self)->ascii);
}

static OuObject *str_isupper(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_none("isupper", nargs, kwnames) < 0)
        return NULL;
    int cased = 0;
    const char *p = DATA(self), *end = p + SIZE(self);
    while (p < end) {
        uint32_t c = ou_utf8_next(&p);
        if (ou_unicode_islower(c) || ou_unicode_istitle(c))
            return ou_bool_from(0);
        if (ou_unicode_isupper(c))
            cased = 1;
    }
    return ou_bool_from(cased);
}

static OuObject *str_islower(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_none("islower", nargs, kwnames) < 0)
        return NULL;
    int cased = 0;
    const char *p = DATA(self), *end = p + SIZE(self);
    while (p < end) {
        uint32_t c = ou_utf8_next(&p);
        if (ou_unicode_isupper(c) || ou_unicode_istitle(c))
            return ou_bool_from(0);
        if (ou_unicode_islower(c))
            cased = 1;
    }
    return ou_bool_from(cased);
}

static OuObject *str_istitle(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_none("istitle", nargs, kwnames) < 0)
        return NULL;
    int cased = 0, prev_cased = 0;
    const char *p = DATA(self), *end = p + SIZE(self);
    while (p < end) {
        uint32_t c = ou_utf8_next(&p);
        if (ou_unicode_isupper(c) || ou_unicode_istitle(c)) {
            if (prev_cased)
                return ou_bool_from(0);
            prev_cased = cased = 1;
        } else if (ou_unicode_islower(c)) {
            if (!prev_cased)
                return ou_bool_from(0);
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return ou_bool_from(cased);
}

static OuObject *str_isidentifier(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_none("isidentifier", nargs, kwnames) < 0)
        return NULL;
    if (SIZE(self) == 0)
        return ou_bool_from(0);
    // XID_Start / XID_Continue, approximated by letters, digits, the
    // underscore and the combining diacritical marks.
    const char *p = DATA(self), *end = p + SIZE(self);
    uint32_t c = ou_utf8_next(&p);
    if (c != '_' && !ou_unicode_isalpha(c))
        return ou_bool_from(0);
    while (p < end) {
        c = ou_utf8_next(&p);
        if (c != '_' && !ou_unicode_isalpha(c) && !ou_unicode_isdecimal(c) && !(c >= 0x300 && c <= 0x36f))
            return ou_bool_from(0);
    }
    return ou_bool_from(1);
}

// ---- translate and maketrans ----

// str.translate(table): each character's ordinal is looked up in `table`;
// a missing entry (LookupError) keeps the character, None deletes it, an
// int or a str replaces it.
static OuObject *str_translate(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("translate", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "translate() takes exactly one argument (%zd given)", nargs);
    OuObject *table = args[0];
    OuStrBuilder sb;
    ou_sb_init(&sb);
    const char *p = DATA(self), *end = p + SIZE(self);
    while (p < end) {
        const char *start = p;
        uint32_t c = ou_utf8_next(&p);
        OuObject *key = ou_int_from_i64(c);
        if (key == NULL)
            goto error;
        OuObject *v = ou_object_getitem(table, key);
        OU_DECREF(key);
        int rc = 0;
        if (v == NULL) {
            if (!ou_err_matches(&ou_exc_LookupError))
                goto error;
            ou_err_clear();
            rc = ou_sb_append(&sb, start, p - start);
        } else if (v == ou_None) {
            rc = 0;
        } else if (ou_int_check(v)) {
            int64_t cp;
            if (ou_int_as_i64(v, &cp) < 0 || cp < 0 || cp > 0x10ffff) {
                ou_err_clear();
                ou_err_set_string(&ou_exc_ValueError, "character mapping must be in range(0x110000)");
                rc = -1;
            } else {
                rc = ou_sb_append_codepoint(&sb, (uint32_t)cp);
            }
        } else if (ou_str_check(v)) {
            rc = ou_sb_append_str(&sb, v);
        } else {
            ou_err_set_string(&ou_exc_TypeError, "character mapping must return integer, None or str");
            rc = -1;
        }
        OU_XDECREF(v);
        if (rc < 0)
            goto error;
    }
    return ou_sb_finish(&sb);
error:
    ou_sb_discard(&sb);
    return NULL;
}

static int maketrans_put(OuObject *d, uint32_t c, OuObject *v)
{
    OuObject *k = ou_int_from_i64(c);
    if (k == NULL)
        return -1;
    int r = ou_dict_setitem(d, k, v);
    OU_DECREF(k);
    return r;
}

// str.maketrans(x[, y[, z]]), a static method.
static OuObject *str_maketrans(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("maketrans", kwnames) < 0 || ou_args_count("maketrans", nargs, 1, 3) < 0)
        return NULL;
    OuObject *d = ou_dict_new();
    if (d == NULL)
        return NULL;
    if (nargs == 1) {
        OuObject *x = args[0];
        if (!ou_dict_check(x)) {
            ou_err_set_string(&ou_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto error;
        }
        ou_ssize_t pos = 0;
        OuObject *k, *v;
        while (ou_dict_next(x, &pos, &k, &v)) {
            if (ou_str_check(k)) {
                if (ou_str_length(k) != 1) {
                    ou_err_set_string(&ou_exc_ValueError, "string keys in translate table must be of length 1");
                    goto error;
                }
                const char *q = DATA(k);
                if (maketrans_put(d, ou_utf8_next(&q), v) < 0)
                    goto error;
            } else if (ou_int_check(k)) {
                if (ou_dict_setitem(d, k, v) < 0)
                    goto error;
            } else {
                ou_err_set_string(&ou_exc_TypeError, "keys in translate table must be strings or integers");
                goto error;
            }
        }
        return d;
    }
    for (ou_ssize_t i = 0; i < nargs; i++) {
        if (!ou_str_check(args[i])) {
            if (i == 0)
                ou_err_set_string(&ou_exc_TypeError,
                                  "first maketrans argument must be a string if there is a second argument");
            else
                ou_err_format(&ou_exc_TypeError, "maketrans() argument %zd must be str, not %s", i + 1,
                              ou_type_name(args[i]));
            goto error;
        }
    }
    if (ou_str_length(args[0]) != ou_str_length(args[1])) {
        ou_err_set_string(&ou_exc_ValueError, "the first two maketrans arguments must have equal length");
        goto error;
    }
    const char *px = DATA(args[0]), *py = DATA(args[1]), *ex = px + SIZE(args[0]);
    while (px < ex) {
        uint32_t a = ou_utf8_next(&px), b = ou_utf8_next(&py);
        OuObject *v = ou_int_from_i64(b);
        int r = v ? maketrans_put(d, a, v) : -1;
        OU_XDECREF(v);
        if (r < 0)
            goto error;
    }
    if (nargs == 3) {
        const char *pz = DATA(args[2]), *ez = pz + SIZE(args[2]);
        while (pz < ez)
            if (maketrans_put(d, ou_utf8_next(&pz), ou_None) < 0)
                goto error;
    }
    return d;
error:
    OU_DECREF(d);
    return NULL;
}

// ---- The table ----

const OuMethodDef ou_str_methods[] = {
    {"__format__", ou_format_str_method, OU_METH_DEFAULT, "Return a formatted version of the string as described by format_spec."},
    {"format", ou_str_format_method, OU_METH_DEFAULT, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", ou_str_format_map_method, OU_METH_DEFAULT, "Return a formatted version of S, using substitutions from mapping."},
    {"maketrans", str_maketrans, OU_METH_STATIC, "Return a translation table usable for str.translate()."},
    {"translate", str_translate, OU_METH_DEFAULT, "Replace each character in the string using the given translation table."},
    {"capitalize", str_capitalize, OU_METH_DEFAULT, "Return a capitalized version of the string."},
    {"casefold", str_casefold, OU_METH_DEFAULT, "Return a version of the string suitable for caseless comparisons."},
    {"center", str_center, OU_METH_DEFAULT, "Return a centered string of length width."},
    {"encode", ou_str_encode_method, OU_METH_DEFAULT, "Encode the string using the codec registered for encoding."},
    {"count", str_count, OU_METH_DEFAULT, "S.count(sub[, start[, end]]) -> int"},
    {"endswith", str_endswith, OU_METH_DEFAULT, "S.endswith(suffix[, start[, end]]) -> bool"},
    {"encode", ou_str_encode_method, OU_METH_DEFAULT, "Encode the string using the codec registered for encoding."},
    {"expandtabs", str_expandtabs, OU_METH_DEFAULT, "Return a copy where all tab characters are expanded using spaces."},
    {"find", str_find, OU_METH_DEFAULT, "S.find(sub[, start[, end]]) -> int"},
    {"index", str_index, OU_METH_DEFAULT, "S.index(sub[, start[, end]]) -> int"},
    {"isalnum", str_isalnum, OU_METH_DEFAULT, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isalpha", str_isalpha, OU_METH_DEFAULT, "Return True if the string is an alphabetic string, False otherwise."},
    {"isascii", str_isascii, OU_METH_DEFAULT, "Return True if all characters in the string are ASCII, False otherwise."},
    {"isdecimal", str_isdecimal, OU_METH_DEFAULT, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_isdigit, OU_METH_DEFAULT, "Return True if the string is a digit string, False otherwise."},
    {"isidentifier", str_isidentifier, OU_METH_DEFAULT, "Return True if the string is a valid Python identifier, False otherwise."},
    {"islower", str_islower, OU_METH_DEFAULT, "Return True if the string is a lowercase string, False otherwise."},
    {"isnumeric", str_isnumeric, OU_METH_DEFAULT, "Return True if the string is a numeric string, False otherwise."},
    {"isprintable", str_isprintable, OU_METH_DEFAULT, "Return True if the string is printable, False otherwise."},
    {"isspace", str_isspace, OU_METH_DEFAULT, "Return True if the string is a whitespace string, False otherwise."},
    {"istitle", str_istitle, OU_METH_DEFAULT, "Return True if the string is a title-cased string, False otherwise."},
    {"isupper", str_isupper, OU_METH_DEFAULT, "Return True if the string is an uppercase string, False otherwise."},
    {"join", str_join, OU_METH_DEFAULT, "Concatenate any number of strings."},
    {"ljust", str_ljust, OU_METH_DEFAULT, "Return a left-justified string of length width."},
    {"lower", str_lower, OU_METH_DEFAULT, "Return a copy of the string converted to lowercase."},
    {"lstrip", str_lstrip, OU_METH_DEFAULT, "Return a copy of the string with leading whitespace removed."},
    {"partition", str_partition, OU_METH_DEFAULT, "Partition the string into three parts using the given separator."},
    {"removeprefix", str_removeprefix, OU_METH_DEFAULT, "Return a str with the given prefix string removed if present."},
    {"removesuffix", str_removesuffix, OU_METH_DEFAULT, "Return a str with the given suffix string removed if present."},
    {"replace", str_replace, OU_METH_DEFAULT, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", str_rfind, OU_METH_DEFAULT, "S.rfind(sub[, start[, end]]) -> int"},
    {"rindex", str_rindex, OU_METH_DEFAULT, "S.rindex(sub[, start[, end]]) -> int"},
    {"rjust", str_rjust, OU_METH_DEFAULT, "Return a right-justified string of length width."},
    {"rpartition", str_rpartition, OU_METH_DEFAULT, "Partition the string into three parts using the given separator."},
    {"rsplit", str_rsplit, OU_METH_DEFAULT, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rstrip", str_rstrip, OU_METH_DEFAULT, "Return a copy of the string with trailing whitespace removed."},
    {"split", str_split, OU_METH_DEFAULT, "Return a list of the substrings in the string, using sep as the separator string."},
    {"splitlines", str_splitlines, OU_METH_DEFAULT, "Return a list of the lines in the string, breaking at line boundaries."},
    {"startswith", str_startswith, OU_METH_DEFAULT, "S.startswith(prefix[, start[, end]]) -> bool"},
    {"strip", str_strip, OU_METH_DEFAULT, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_swapcase, OU_METH_DEFAULT, "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"title", str_title, OU_METH_DEFAULT, "Return a version of the string where each word is titlecased."},
    {"upper", str_upper, OU_METH_DEFAULT, "Return a copy of the string converted to uppercase."},
    {"zfill", str_zfill, OU_METH_DEFAULT, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {NULL, NULL, 0, NULL},
};
