// runtime/strformat_py.c: the two template languages of Python strings:
// str.format / str.format_map ("{0.attr[key]!r:>{width}}") and printf-style
// `fmt % args` ("%(name)-*.3f").
//
// Both scan the UTF-8 bytes of the template directly: every character with
// a meaning ('{', '}', '%', ':', '!', '[', ...) is ASCII, and a UTF-8
// continuation byte can never be mistaken for one. Code point indices are
// computed only for messages that quote one.
#include "runtime/format.h"

#include <gmp.h>
#include <string.h>
#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- str.format ----

typedef struct {
    OuObject *const *args;      // positional arguments (borrowed)
    ou_ssize_t nargs;
    bool positional_ok;         // false for format_map
    OuObject *kwargs;           // a mapping, or NULL (borrowed)
    int numbering;              // 0 undecided, 1 automatic, 2 manual
    ou_ssize_t next_auto;
} FormatCtx;

static OuObject *substr(const char *s, ou_ssize_t from, ou_ssize_t to)
{
    return ou_str_from_utf8(s + from, to - from);
}

// A non-negative decimal field index, or -1 when the text is not all
// digits (then it names a keyword or key). -2 + ValueError on overflow.
static ou_ssize_t field_index(const char *s, ou_ssize_t from, ou_ssize_t to)
{
    if (from >= to)
        return -1;
    ou_ssize_t acc = 0;
    for (ou_ssize_t i = from; i < to; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        int d = s[i] - '0';
        if (acc > (OU_SSIZE_MAX - d) / 10) {
            ou_err_format(&ou_exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

// The object a field name designates: an argument, then `.attr` and
// `[key]` steps. New ref or NULL.
static OuObject *field_object(const char *s, ou_ssize_t from, ou_ssize_t to, FormatCtx *c)
{
    ou_ssize_t i = from;
    while (i < to && s[i] != '.' && s[i] != '[')
        i++;
    ou_ssize_t idx = field_index(s, from, i);
    if (idx == -2)
        return NULL;
    bool empty = i == from;
    if (empty || idx >= 0) {
        if (c->numbering == 0)
            c->numbering = empty ? 1 : 2;
        if (c->numbering == 2 && empty)
            return ou_err_format(&ou_exc_ValueError,
                                 "cannot switch from manual field specification to automatic field numbering");
        if (c->numbering == 1 && !empty)
            return ou_err_format(&ou_exc_ValueError,
                                 "cannot switch from automatic field numbering to manual field specification");
        if (empty)
            idx = c->next_auto++;
    }
    OuObject *obj;
    if (idx < 0) {
        OuObject *key = substr(s, from, i);
        if (key == NULL)
            return NULL;
        if (c->kwargs == NULL) {
            ou_err_set_object(&ou_exc_KeyError, key);
            OU_DECREF(key);
            return NULL;
        }
        obj = ou_object_getitem(c->kwargs, key);
        OU_DECREF(key);
    } else {
        if (!c->positional_ok)
            return ou_err_format(&ou_exc_ValueError, "Format string contains positional fields");
        if (idx >= c->nargs)
            return ou_err_format(&ou_exc_IndexError,
                                 "Replacement index %zd out of range for positional args tuple", idx);
        obj = ou_newref(c->args[idx]);
    }
    while (obj != NULL && i < to) {
        char kind = s[i++];
        ou_ssize_t start = i;
        if (kind == '.') {
            while (i < to && s[i] != '.' && s[i] != '[')
                i++;
        } else if (kind == '[') {
            while (i < to && s[i] != ']')
                i++;
            if (i >= to) {
                ou_err_format(&ou_exc_ValueError, "Missing ']' in format string");
                goto fail;
            }
        } else {
            ou_err_format(&ou_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            goto fail;
        }
        ou_ssize_t end = i;
        if (kind == '[')
            i++;
        if (start == end) {
            ou_err_format(&ou_exc_ValueError, "Empty attribute in format string");
            goto fail;
        }
        OuObject *next;
        ou_ssize_t k = kind == '[' ? field_index(s, start, end) : -1;
        if (k == -2)
            goto fail;
        OuObject *key = k >= 0 ? ou_int_from_i64(k) : substr(s, start, end);
        if (key == NULL)
            goto fail;
        next = kind == '.' ? ou_object_getattr(obj, key) : ou_object_getitem(obj, key);
        OU_DECREF(key);
        OU_DECREF(obj);
        obj = next;
    }
    return obj;
fail:
    OU_DECREF(obj);
    return NULL;
}

static OuObject *convert(OuObject *obj, const char *s, ou_ssize_t at)
{
    const char *p = s + at;
    uint32_t conv = ou_utf8_next(&p);
    switch (conv) {
    case 'r': return ou_object_repr(obj);
    case 's': return ou_object_str(obj);
    case 'a': return ou_format_ascii(obj);
    }
    if (conv > 32 && conv < 127)
        return ou_err_format(&ou_exc_ValueError, "Unknown conversion specifier %c", (int)conv);
    return ou_err_format(&ou_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conv);
}

static int build(OuStrBuilder *sb, const char *s, ou_ssize_t n, FormatCtx *c, int depth);

// One replacement field; s[*pos] is just after its '{'. 0 / -1.
static int output_field(OuStrBuilder *sb, const char *s, ou_ssize_t n, ou_ssize_t *pos, FormatCtx *c,
                        int depth)
{
    ou_ssize_t j = *pos, name_start = j;
    char ch = 0;
    while (j < n) {
        ch = s[j++];
        if (ch == '{') {
            ou_err_format(&ou_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (ch == '[') {
            while (j < n && s[j] != ']')
                j++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!')
            break;
    }
    ou_ssize_t name_end = j - 1, conv_at = -1, spec_start = 0, spec_end = 0;
    bool expand = false, have_spec = false;
    if (ch == '!' || ch == ':') {
        bool done = false;
        if (ch == '!') {
            if (j >= n) {
                ou_err_format(&ou_exc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            conv_at = j;
            const char *p = s + j;
            ou_utf8_next(&p);
            j = p - s;
            if (j < n) {
                char next = s[j++];
                if (next == '}')
                    done = true;
                else if (next != ':') {
                    ou_err_format(&ou_exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        if (!done) {
            int count = 1;
            spec_start = j;
            while (j < n && !done) {
                char x = s[j++];
                if (x == '{') {
                    expand = true;
                    count++;
                } else if (x == '}' && --count == 0) {
                    spec_end = j - 1;
                    done = true;
                }
            }
            if (!done) {
                ou_err_format(&ou_exc_ValueError, "unmatched '{' in format spec");
                return -1;
            }
            have_spec = true;
        }
    } else if (ch != '}') {
        ou_err_format(&ou_exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = j;

    OuObject *obj = field_object(s, name_start, name_end, c);
    if (obj == NULL)
        return -1;
    if (conv_at >= 0) {
        OuObject *t = convert(obj, s, conv_at);
        OU_DECREF(obj);
        if (t == NULL)
            return -1;
        obj = t;
    }
    OuObject *spec;
    if (expand) {
        OuStrBuilder inner;
        ou_sb_init(&inner);
        if (build(&inner, s + spec_start, spec_end - spec_start, c, depth - 1) < 0) {
            ou_sb_discard(&inner);
            OU_DECREF(obj);
            return -1;
        }
        spec = ou_sb_finish(&inner);
    } else if (have_spec) {
        spec = substr(s, spec_start, spec_end);
    } else {
        spec = ou_str_empty();
    }
    if (spec == NULL) {
        OU_DECREF(obj);
        return -1;
    }
    OuObject *text = ou_format_value(obj, spec);
    OU_DECREF(spec);
    OU_DECREF(obj);
    if (text == NULL)
        return -1;
    int rc = ou_sb_append_str(sb, text);
    OU_DECREF(text);
    return rc;
}

static int build(OuStrBuilder *sb, const char *s, ou_ssize_t n, FormatCtx *c, int depth)
{
    if (depth <= 0) {
        ou_err_format(&ou_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    ou_ssize_t i = 0;
    while (i < n) {
        ou_ssize_t j = i;
        while (j < n && s[j] != '{' && s[j] != '}')
            j++;
        if (ou_sb_append(sb, s + i, j - i) < 0)
            return -1;
        if (j == n)
            break;
        char ch = s[j++];
        if (ch == '}') {
            if (j >= n || s[j] != '}') {
                ou_err_format(&ou_exc_ValueError, "Single '}' encountered in format string");
                return -1;
            }
            if (ou_sb_append_char(sb, '}') < 0)
                return -1;
            i = j + 1;
            continue;
        }
        if (j >= n) {
            ou_err_format(&ou_exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (s[j] == '{') {
            if (ou_sb_append_char(sb, '{') < 0)
                return -1;
            i = j + 1;
            continue;
        }
        i = j;
        if (output_field(sb, s, n, &i, c, depth) < 0)
            return -1;
    }
    return 0;
}

// Two levels, as PEP 3101 allows: "{0:{1}}" works, "{0:{1:{2}}}" does not.
static OuObject *do_format(OuObject *self, FormatCtx *c)
{
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (build(&sb, ou_str_utf8(self), ou_str_size(self), c, 2) < 0) {
        ou_sb_discard(&sb);
        return NULL;
    }
    return ou_sb_finish(&sb);
}

OuObject *ou_str_format_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    FormatCtx c = { args, nargs, true, NULL, 0, 0 };
    OuObject *kw = NULL;
    ou_ssize_t nkw = kwnames != NULL ? ou_tuple_size(kwnames) : 0;
    if (nkw > 0) {
        kw = ou_dict_new();
        if (kw == NULL)
            return NULL;
        for (ou_ssize_t i = 0; i < nkw; i++)
            if (ou_dict_setitem(kw, ou_tuple_get(kwnames, i), args[nargs + i]) < 0) {
                OU_DECREF(kw);
                return NULL;
            }
        c.kwargs = kw;
    }
    OuObject *r = do_format(self, &c);
    OU_XDECREF(kw);
    return r;
}

OuObject *ou_str_format_map_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                   OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0)
        return ou_err_format(&ou_exc_TypeError, "str.format_map() takes no keyword arguments");
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "str.format_map() takes exactly one argument (%zd given)",
                             nargs);
    FormatCtx c = { NULL, 0, false, args[0], 0, 0 };
    return do_format(self, &c);
}

// ---- printf-style: fmt % args ----

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct {
    OuObject *args;             // the current argument source (borrowed or `keyed`)
    ou_ssize_t arglen, argidx;  // a tuple: its size and the next index; else -1 and -2
    OuObject *dict;             // the mapping for %(key)s, or NULL (borrowed)
    OuObject *keyed;            // owned: the value of the last %(key)
} PercentCtx;

static OuObject *next_arg(PercentCtx *p)
{
    if (p->argidx < p->arglen) {
        if (p->arglen < 0) {
            p->argidx = -1;
            return p->args;
        }
        return ou_tuple_get(p->args, p->argidx++);
    }
    return ou_err_format(&ou_exc_TypeError, "not enough arguments for format string");
}

// Append `body` (UTF-8, `cps` code points) padded to `width` with spaces,
// or with zeros after the first `keep` characters (sign and prefix).
static int append_padded(OuStrBuilder *sb, const char *body, ou_ssize_t nbody, ou_ssize_t cps,
                         ou_ssize_t width, int flags, bool zero_ok, ou_ssize_t keep)
{
    ou_ssize_t pad = width > cps ? width - cps : 0;
    if (pad == 0 || (flags & F_LJUST)) {
        if (ou_sb_append(sb, body, nbody) < 0)
            return -1;
        for (; pad > 0; pad--)
            if (ou_sb_append_char(sb, ' ') < 0)
                return -1;
        return 0;
    }
    if (zero_ok && (flags & F_ZERO)) {
        if (ou_sb_append(sb, body, keep) < 0)
            return -1;
        for (; pad > 0; pad--)
            if (ou_sb_append_char(sb, '0') < 0)
                return -1;
        return ou_sb_append(sb, body + keep, nbody - keep);
    }
    for (; pad > 0; pad--)
        if (ou_sb_append_char(sb, ' ') < 0)
            return -1;
    return ou_sb_append(sb, body, nbody);
}

static int percent_int(OuStrBuilder *sb, OuObject *v, char conv, int flags, ou_ssize_t width,
                       ou_ssize_t prec)
{
    bool index_only = conv == 'o' || conv == 'x' || conv == 'X';
    OuObject *iv = NULL;
    OuType *t = OU_TYPE(v);
    if (ou_int_check(v)) {
        iv = ou_newref(v);
    } else if (t->nb_index != NULL || t->nb_int != NULL || t->nb_float != NULL) {
        if (index_only)
            iv = ou_number_index(v);
        else if (t->nb_int != NULL)
            iv = t->nb_int(v);
        else
            iv = ou_number_index(v);
        if (iv == NULL) {
            if (!ou_err_matches(&ou_exc_TypeError))
                return -1;
            ou_err_clear();
        }
    }
    if (iv == NULL) {
        ou_err_format(&ou_exc_TypeError, index_only ? "%%%c format: an integer is required, not %s"
                                                    : "%%%c format: a real number is required, not %s",
                      conv, ou_type_name(v));
        return -1;
    }
    int base = conv == 'o' ? 8 : index_only ? 16 : 10;
    mpz_t z;
    mpz_init(z);
    ou_int_as_mpz(iv, z);
    OU_DECREF(iv);
    bool neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    size_t ndig = mpz_sizeinbase(z, base) + 2;
    size_t cap = ndig + (prec > 0 ? (size_t)prec : 0) + 8;
    char *buf = ou_mem_alloc_or_raise(cap);
    char *digits = ou_mem_alloc_or_raise(ndig);
    if (buf == NULL || digits == NULL) {
        if (buf)
            ou_mem_free(buf);
        if (digits)
            ou_mem_free(digits);
        mpz_clear(z);
        return -1;
    }
    mpz_get_str(digits, conv == 'X' ? -16 : base, z);
    mpz_clear(z);
    ou_ssize_t k = 0, nd = (ou_ssize_t)strlen(digits);
    if (neg)
        buf[k++] = '-';
    else if (flags & F_SIGN)
        buf[k++] = '+';
    else if (flags & F_BLANK)
        buf[k++] = ' ';
    if ((flags & F_ALT) && index_only) {
        buf[k++] = '0';
        buf[k++] = conv == 'o' ? 'o' : conv;
    }
    ou_ssize_t keep = k;
    for (ou_ssize_t i = nd; i < prec; i++)
        buf[k++] = '0';
    memcpy(buf + k, digits, (size_t)nd);
    k += nd;
    ou_mem_free(digits);
    int rc = append_padded(sb, buf, k, k, width, flags, true, keep);
    ou_mem_free(buf);
    return rc;
}

static int percent_float(OuStrBuilder *sb, OuObject *v, char conv, int flags, ou_ssize_t width,
                         ou_ssize_t prec)
{
    double x;
    if (ou_float_check(v)) {
        x = ou_float_value(v);
    } else if (ou_int_check(v) || OU_TYPE(v)->nb_float != NULL || OU_TYPE(v)->nb_index != NULL) {
        x = ou_float_as_double(v);
        if (x == -1.0 && ou_err_occurred())
            return -1;
    } else {
        ou_err_format(&ou_exc_TypeError, "must be real number, not %s", ou_type_name(v));
        return -1;
    }
    if (prec < 0)
        prec = 6;
    if (prec > 0x7fffffff - 64) {
        ou_err_format(&ou_exc_ValueError, "precision too large");
        return -1;
    }
    OuObject *text = ou_format_double(x, conv, (int)prec, (flags & F_ALT) ? OU_DTOS_ALT : 0);
    if (text == NULL)
        return -1;
    const char *t = ou_str_utf8(text);
    ou_ssize_t nt = ou_str_size(text);
    OuStrBuilder body;
    ou_sb_init(&body);
    int rc = 0;
    if (t[0] != '-' && (flags & (F_SIGN | F_BLANK)))
        rc = ou_sb_append_char(&body, (flags & F_SIGN) ? '+' : ' ');
    if (rc == 0)
        rc = ou_sb_append(&body, t, nt);
    OU_DECREF(text);
    if (rc == 0) {
        ou_ssize_t keep = (body.data[0] == '-' || body.data[0] == '+' || body.data[0] == ' ') ? 1 : 0;
        rc = append_padded(sb, body.data, body.size, body.size, width, flags, true, keep);
    }
    ou_sb_discard(&body);
    return rc;
}

static int percent_char(OuStrBuilder *sb, OuObject *v, int flags, ou_ssize_t width)
{
    uint32_t cp;
    if (ou_str_check(v)) {
        if (ou_str_length(v) != 1) {
            ou_err_format(&ou_exc_TypeError, "%%c requires int or char");
            return -1;
        }
        const char *p = ou_str_utf8(v);
        cp = ou_utf8_next(&p);
    } else if (ou_int_check(v)) {
        int64_t c;
        if (ou_int_as_i64(v, &c) < 0 || c < 0 || c > 0x10ffff) {
            ou_err_clear();
            ou_err_format(&ou_exc_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)c;
    } else {
        ou_err_format(&ou_exc_TypeError, "%%c requires int or char");
        return -1;
    }
    char enc[4];
    int k = ou_utf8_encode(cp, enc);
    return append_padded(sb, enc, k, 1, width, flags, false, 0);
}

// `*` in a width or precision: the next argument, which must be an int.
static int star_arg(PercentCtx *p, ou_ssize_t *out)
{
    OuObject *v = next_arg(p);
    if (v == NULL)
        return -1;
    if (!ou_int_check(v)) {
        ou_err_format(&ou_exc_TypeError, "* wants int");
        return -1;
    }
    int64_t x;
    if (ou_int_as_i64(v, &x) < 0 || x > 0x7fffffff || x < -0x7fffffff) {
        ou_err_clear();
        ou_err_format(&ou_exc_ValueError, "width too big");
        return -1;
    }
    *out = (ou_ssize_t)x;
    return 0;
}

static ou_ssize_t cp_index(const char *s, ou_ssize_t byte)
{
    ou_ssize_t k = 0;
    for (ou_ssize_t i = 0; i < byte; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            k++;
    return k;
}

// One conversion; s[*pos] is just after its '%'. 0 / -1.
static int percent_one(OuStrBuilder *sb, const char *s, ou_ssize_t n, ou_ssize_t *pos, PercentCtx *p)
{
    ou_ssize_t i = *pos;
    if (s[i] == '(') {
        if (p->dict == NULL) {
            ou_err_format(&ou_exc_TypeError, "format requires a mapping");
            return -1;
        }
        int depth = 1;
        ou_ssize_t kstart = ++i;
        while (depth > 0 && i < n) {
            if (s[i] == '(')
                depth++;
            else if (s[i] == ')')
                depth--;
            i++;
        }
        if (depth > 0) {
            ou_err_format(&ou_exc_ValueError, "incomplete format key");
            return -1;
        }
        OuObject *key = ou_str_from_utf8(s + kstart, i - 1 - kstart);
        if (key == NULL)
            return -1;
        OuObject *v = ou_object_getitem(p->dict, key);
        OU_DECREF(key);
        if (v == NULL)
            return -1;
        OU_SETREF(p->keyed, v);
        p->args = v;
        p->arglen = -1;
        p->argidx = -2;
    }
    int flags = 0;
    for (; i < n; i++) {
        switch (s[i]) {
        case '-': flags |= F_LJUST; continue;
        case '+': flags |= F_SIGN; continue;
        case ' ': flags |= F_BLANK; continue;
        case '#': flags |= F_ALT; continue;
        case '0': flags |= F_ZERO; continue;
        }
        break;
    }
    ou_ssize_t width = -1, prec = -1;
    if (i < n && s[i] == '*') {
        if (star_arg(p, &width) < 0)
            return -1;
        if (width < 0) {
            flags |= F_LJUST;
            width = -width;
        }
        i++;
    } else {
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            if (width < 0)
                width = 0;
            if (width > (OU_SSIZE_MAX - 9) / 10) {
                ou_err_format(&ou_exc_ValueError, "width too big");
                return -1;
            }
            width = width * 10 + (s[i++] - '0');
        }
    }
    if (i < n && s[i] == '.') {
        i++;
        prec = 0;
        if (i < n && s[i] == '*') {
            if (star_arg(p, &prec) < 0)
                return -1;
            if (prec < 0)
                prec = 0;
            i++;
        } else {
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (prec > (OU_SSIZE_MAX - 9) / 10) {
                    ou_err_format(&ou_exc_ValueError, "precision too big");
                    return -1;
                }
                prec = prec * 10 + (s[i++] - '0');
            }
        }
    }
    while (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L'))
        i++;
    if (i >= n) {
        ou_err_format(&ou_exc_ValueError, "incomplete format");
        return -1;
    }
    ou_ssize_t conv_at = i;
    const char *q = s + i;
    uint32_t conv = ou_utf8_next(&q);
    *pos = q - s;
    OuObject *v = next_arg(p);
    if (v == NULL)
        return -1;
    switch (conv) {
    case 's': case 'r': case 'a': {
        OuObject *text = conv == 's' ? ou_object_str(v) : conv == 'r' ? ou_object_repr(v)
                                                                       : ou_format_ascii(v);
        if (text == NULL)
            return -1;
        ou_ssize_t cps = ou_str_length(text);
        if (prec >= 0 && prec < cps)
            cps = prec;
        int rc = append_padded(sb, ou_str_utf8(text), ou_str_byte_offset(text, cps), cps, width, flags,
                               false, 0);
        OU_DECREF(text);
        return rc;
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        return percent_int(sb, v, (char)conv, flags, width, prec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return percent_float(sb, v, (char)conv, flags, width, prec);
    case 'c':
        return percent_char(sb, v, flags, width);
    }
    // Only printable ASCII is quoted as itself; anything else shows as '?'.
    ou_err_format(&ou_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                  conv >= 32 && conv <= 126 ? (int)conv : '?', (unsigned)conv, cp_index(s, conv_at));
    return -1;
}

OuObject *ou_str_percent(OuObject *fmt, OuObject *args)
{
    if (!ou_str_check(fmt))
        return ou_newref(ou_NotImplemented);
    PercentCtx p = { args, -1, -2, NULL, NULL };
    if (ou_tuple_check(args)) {
        p.arglen = ou_tuple_size(args);
        p.argidx = 0;
    } else if (OU_TYPE(args)->getitem != NULL && !ou_str_check(args)) {
        p.dict = args;
    }
    const char *s = ou_str_utf8(fmt);
    ou_ssize_t n = ou_str_size(fmt), i = 0;
    OuStrBuilder sb;
    ou_sb_init(&sb);
    while (i < n) {
        ou_ssize_t j = i;
        while (j < n && s[j] != '%')
            j++;
        if (ou_sb_append(&sb, s + i, j - i) < 0)
            goto fail;
        if (j == n)
            break;
        i = j + 1;
        if (i >= n) {
            ou_err_format(&ou_exc_ValueError, "incomplete format");
            goto fail;
        }
        if (s[i] == '%') {
            if (ou_sb_append_char(&sb, '%') < 0)
                goto fail;
            i++;
            continue;
        }
        if (percent_one(&sb, s, n, &i, &p) < 0)
            goto fail;
    }
    if (p.argidx < p.arglen && p.dict == NULL) {
        ou_err_format(&ou_exc_TypeError, "not all arguments converted during string formatting");
        goto fail;
    }
    OU_XDECREF(p.keyed);
    return ou_sb_finish(&sb);
fail:
    OU_XDECREF(p.keyed);
    ou_sb_discard(&sb);
    return NULL;
}
