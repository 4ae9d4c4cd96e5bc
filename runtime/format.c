// runtime/format.c: the format-spec mini-language for int, float and str,
// object.__format__, the builtin format() and ascii().
//
// A number is rendered in four parts, as python3.11 lays it out:
//
//     [lpad][sign][prefix][spad][grouped digits][rest][rpad]
//
// `digits` is the leading run of decimal (or hex...) digits, the only part
// thousands separators go into; `rest` is everything after it (".25e+03",
// "%", the character of 'c', "inf"). With fill '0' and '=' alignment the
// padding zeros are produced by the grouping step, so they get separators
// too: format(1234, '010,') is '00,001,234'.
//
// Floats are turned into text here rather than by printf alone because
// python's 'g' and repr rules differ from C's: with no type and a precision,
// an integral value keeps ".0" and the switch to an exponent comes one digit
// sooner (format(100.0, '.3') is '1e+02').
#include "runtime/format.h"

#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gc/gc.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/type.h"

// ---- Parsing the spec ----

static int is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Reads decimal digits (any Unicode decimal) at s[*pos]; returns how many
// were consumed, or -1 + ValueError on overflow.
static int read_number(const uint32_t *s, ou_ssize_t n, ou_ssize_t *pos, ou_ssize_t *out)
{
    ou_ssize_t acc = 0;
    int count = 0;
    while (*pos < n) {
        int d = ou_unicode_decimal_value(s[*pos]);
        if (d < 0)
            break;
        if (acc > (OU_SSIZE_MAX - d) / 10) {
            ou_err_format(&ou_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
        (*pos)++;
        count++;
    }
    *out = acc;
    return count;
}

// A code point as python quotes it in these messages: the character when
// printable ASCII, else \x and lowercase hex without padding.
static void code_text(uint32_t c, char *buf, size_t size)
{
    if (c > 32 && c < 128)
        snprintf(buf, size, "%c", (char)c);
    else
        snprintf(buf, size, "\\x%x", (unsigned)c);
}

static OuObject *unknown_code(uint32_t type, OuObject *owner)
{
    char buf[16];
    code_text(type, buf, sizeof buf);
    return ou_err_format(&ou_exc_ValueError, "Unknown format code '%s' for object of type '%s'", buf,
                         ou_type_name(owner));
}

int ou_format_parse_spec(OuObject *spec, OuObject *owner, char default_type, char default_align,
                         OuFormatSpec *out)
{
    out->fill = ' ';
    out->align = default_align;
    out->sign = 0;
    out->no_neg_zero = false;
    out->alternate = false;
    out->thousands = 0;
    out->width = -1;
    out->precision = -1;
    out->type = (unsigned char)default_type;

    ou_ssize_t n = ou_str_length(spec);
    uint32_t small[64];
    uint32_t *s = small;
    if (n > (ou_ssize_t)(sizeof small / sizeof small[0])) {
        s = ou_mem_alloc_or_raise((size_t)n * sizeof *s);
        if (s == NULL)
            return -1;
    }
    const char *p = ou_str_utf8(spec);
    for (ou_ssize_t i = 0; i < n; i++)
        s[i] = ou_utf8_next(&p);

    int rc = -1;
    ou_ssize_t pos = 0;
    bool fill_given = false, align_given = false;
    if (n - pos >= 2 && is_align(s[pos + 1])) {
        out->fill = s[pos];
        out->align = (char)s[pos + 1];
        fill_given = align_given = true;
        pos += 2;
    } else if (n - pos >= 1 && is_align(s[pos])) {
        out->align = (char)s[pos];
        align_given = true;
        pos++;
    }
    if (pos < n && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' '))
        out->sign = (char)s[pos++];
    if (pos < n && s[pos] == 'z') {
        out->no_neg_zero = true;
        pos++;
    }
    if (pos < n && s[pos] == '#') {
        out->alternate = true;
        pos++;
    }
    // A '0' before the width asks for zero fill; for numbers without an
    // explicit alignment it also means "pad after the sign".
    if (!fill_given && pos < n && s[pos] == '0') {
        out->fill = '0';
        if (!align_given && default_align == '>')
            out->align = '=';
        pos++;
    }
    int got = read_number(s, n, &pos, &out->width);
    if (got < 0)
        goto done;
    if (got == 0)
        out->width = -1;
    if (pos < n && s[pos] == ',') {
        out->thousands = ',';
        pos++;
    }
    if (pos < n && s[pos] == '_') {
        if (out->thousands) {
            ou_err_format(&ou_exc_ValueError, "Cannot specify both ',' and '_'.");
            goto done;
        }
        out->thousands = '_';
        pos++;
    }
    if (pos < n && s[pos] == ',' && out->thousands == '_') {
        ou_err_format(&ou_exc_ValueError, "Cannot specify both ',' and '_'.");
        goto done;
    }
    if (pos < n && s[pos] == '.') {
        pos++;
        got = read_number(s, n, &pos, &out->precision);
        if (got < 0)
            goto done;
        if (got == 0) {
            ou_err_format(&ou_exc_ValueError, "Format specifier missing precision");
            goto done;
        }
    }
    if (n - pos > 1) {
        ou_err_format(&ou_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                      spec, ou_type_name(owner));
        goto done;
    }
    if (n - pos == 1)
        out->type = s[pos];
    if (out->thousands) {
        switch (out->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->thousands == '_')
                break;
            // fall through
        default: {
            char buf[16];
            code_text(out->type, buf, sizeof buf);
            ou_err_format(&ou_exc_ValueError, "Cannot specify '%c' with '%s'.", out->thousands, buf);
            goto done;
        }
        }
    }
    rc = 0;
done:
    if (s != small)
        ou_mem_free(s);
    return rc;
}

// ---- Laying out numbers ----

static int append_fill(OuStrBuilder *sb, uint32_t fill, ou_ssize_t count)
{
    char enc[4];
    int k = ou_utf8_encode(fill, enc);
    for (ou_ssize_t i = 0; i < count; i++)
        if (ou_sb_append(sb, enc, k) < 0)
            return -1;
    return 0;
}

// Digits grouped by `sep` every `group` digits (no grouping when sep is 0),
// widened with '0's to at least `min_width` characters. Appended to sb.
static int append_grouped(OuStrBuilder *sb, const char *digits, ou_ssize_t ndigits, char sep,
                          int group, ou_ssize_t min_width)
{
    if (ndigits == 0)
        return 0;
    // Built right to left into a scratch buffer, then reversed.
    ou_ssize_t cap = ndigits + (ndigits / group + 2) + (min_width > 0 ? min_width : 0) + 1;
    char *tmp = ou_mem_alloc_or_raise((size_t)cap);
    if (tmp == NULL)
        return -1;
    ou_ssize_t k = 0, remaining = ndigits, mw = min_width;
    if (sep == 0) {
        ou_ssize_t len = remaining > mw ? remaining : mw;
        for (ou_ssize_t i = 0; i < remaining; i++)
            tmp[k++] = digits[ndigits - 1 - i];
        for (ou_ssize_t i = remaining; i < len; i++)
            tmp[k++] = '0';
    } else {
        bool first = true;
        for (;;) {
            ou_ssize_t want = remaining > mw ? remaining : mw;
            if (want < 1)
                want = 1;
            ou_ssize_t len = group < want ? group : want;
            ou_ssize_t chars = remaining < len ? remaining : len;
            if (chars < 0)
                chars = 0;
            if (!first)
                tmp[k++] = sep;
            first = false;
            for (ou_ssize_t i = 0; i < chars; i++)
                tmp[k++] = digits[remaining - 1 - i];
            for (ou_ssize_t i = chars; i < len; i++)
                tmp[k++] = '0';
            remaining -= chars;
            mw -= len;
            if (remaining <= 0 && mw <= 0)
                break;
            mw -= 1;
        }
    }
    for (ou_ssize_t i = 0; i < k / 2; i++) {
        char c = tmp[i];
        tmp[i] = tmp[k - 1 - i];
        tmp[k - 1 - i] = c;
    }
    int rc = ou_sb_append(sb, tmp, k);
    ou_mem_free(tmp);
    return rc;
}

static ou_ssize_t grouped_length(ou_ssize_t ndigits, char sep, int group, ou_ssize_t min_width)
{
    if (ndigits == 0)
        return 0;
    if (sep == 0)
        return ndigits > min_width ? ndigits : min_width;
    ou_ssize_t count = 0, remaining = ndigits, mw = min_width;
    bool first = true;
    for (;;) {
        ou_ssize_t want = remaining > mw ? remaining : mw;
        if (want < 1)
            want = 1;
        ou_ssize_t len = group < want ? group : want;
        ou_ssize_t chars = remaining < len ? remaining : len;
        if (chars < 0)
            chars = 0;
        count += (first ? 0 : 1) + len;
        first = false;
        remaining -= chars;
        mw -= len;
        if (remaining <= 0 && mw <= 0)
            break;
        mw -= 1;
    }
    return count;
}

// Render sign + prefix + digits + rest with the spec's width, fill,
// alignment and grouping. `rest` is UTF-8 of `rest_cps` code points.
static OuObject *layout_number(const OuFormatSpec *f, char sign, const char *prefix,
                               const char *digits, ou_ssize_t ndigits, const char *rest,
                               ou_ssize_t nrest, ou_ssize_t rest_cps, int group)
{
    ou_ssize_t nsign = sign ? 1 : 0, nprefix = (ou_ssize_t)strlen(prefix);
    ou_ssize_t fixed = nsign + nprefix + rest_cps;
    ou_ssize_t min_width = 0;
    if (f->fill == '0' && f->align == '=' && f->width > fixed)
        min_width = f->width - fixed;
    ou_ssize_t ngrouped = grouped_length(ndigits, f->thousands, group, min_width);
    ou_ssize_t pad = f->width - (fixed + ngrouped);
    ou_ssize_t lpad = 0, rpad = 0, spad = 0;
    if (pad > 0) {
        switch (f->align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2; rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (append_fill(&sb, f->fill, lpad) < 0 || (sign && ou_sb_append_char(&sb, sign) < 0)
        || ou_sb_append(&sb, prefix, nprefix) < 0 || append_fill(&sb, f->fill, spad) < 0
        || append_grouped(&sb, digits, ndigits, f->thousands, group, min_width) < 0
        || ou_sb_append(&sb, rest, nrest) < 0 || append_fill(&sb, f->fill, rpad) < 0) {
        ou_sb_discard(&sb);
        return NULL;
    }
    return ou_sb_finish(&sb);
}

// ---- Doubles as text ----

// The shortest digits that read back as x (finite, > 0), without trailing
// zeros, and decpt with x = 0.DIGITS * 10**decpt. Returns the digit count.
static int shortest_digits(double x, char *digits, int *decpt)
{
    char buf[40];
    int p = 1;
    for (; p < 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    int n = 0;
    const char *q = buf;
    for (; *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            digits[n++] = *q;
    *decpt = atoi(q + 1) + 1;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    return n;
}

// `prec` significant digits of x (finite, >= 0), correctly rounded, trailing
// zeros removed. digits must hold prec + 2 bytes.
static int precise_digits(double x, int prec, char *digits, int *decpt)
{
    int size = prec + 32;
    char *buf = ou_mem_alloc_or_raise((size_t)size);
    if (buf == NULL)
        return -1;
    snprintf(buf, (size_t)size, "%.*e", prec - 1, x);
    int n = 0;
    const char *q = buf;
    for (; *q != 'e'; q++)
        if (*q >= '0' && *q <= '9')
            digits[n++] = *q;
    *decpt = x == 0.0 ? 1 : atoi(q + 1) + 1;
    ou_mem_free(buf);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    return n;
}

// x >= 0 finite, for types 'g' and 'r' (the ones whose layout is python's own).
static int digits_text(OuStrBuilder *sb, double x, char type, int prec, int flags)
{
    bool alt = flags & OU_DTOS_ALT, dot0 = flags & OU_DTOS_ADD_DOT_0;
    char small[40];
    char *digits = small;
    int n, decpt;
    bool use_exp;
    ou_ssize_t vend;
    if (type == 'r') {
        n = shortest_digits(x, digits, &decpt);
        if (x == 0.0) {
            n = 1;
            digits[0] = '0';
            decpt = 1;
        }
        use_exp = decpt <= -4 || decpt > 16;
        vend = n;
    } else {
        if (prec == 0)
            prec = 1;
        if (prec + 2 > (int)sizeof small) {
            digits = ou_mem_alloc_or_raise((size_t)prec + 2);
            if (digits == NULL)
                return -1;
        }
        n = precise_digits(x, prec, digits, &decpt);
        if (n < 0) {
            if (digits != small)
                ou_mem_free(digits);
            return -1;
        }
        use_exp = decpt <= -4 || decpt > (dot0 ? prec - 1 : prec);
        vend = alt ? prec : n;
    }
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    if (!use_exp && dot0) {
        if (vend < decpt + 1)
            vend = decpt + 1;
    } else if (vend < decpt) {
        vend = decpt;
    }
    int rc = 0;
    ou_ssize_t start = sb->size;
    if (decpt <= 0) {
        rc |= ou_sb_append(sb, "0.", 2);
        for (int i = decpt; i < 0 && rc == 0; i++)
            rc |= ou_sb_append_char(sb, '0');
        for (ou_ssize_t i = 0; i < vend && rc == 0; i++)
            rc |= ou_sb_append_char(sb, i < n ? digits[i] : '0');
    } else {
        for (ou_ssize_t i = 0; i < decpt && rc == 0; i++)
            rc |= ou_sb_append_char(sb, i < n ? digits[i] : '0');
        rc |= ou_sb_append_char(sb, '.');
        for (ou_ssize_t i = decpt; i < vend && rc == 0; i++)
            rc |= ou_sb_append_char(sb, i < n ? digits[i] : '0');
    }
    if (digits != small)
        ou_mem_free(digits);
    if (rc != 0)
        return -1;
    if (sb->size > start && sb->data[sb->size - 1] == '.' && !alt)
        sb->size--;
    if (use_exp) {
        char eb[16];
        int k = snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        if (ou_sb_append(sb, eb, k) < 0)
            return -1;
    }
    return 0;
}

// Text of |x| into sb; *negative says whether a '-' belongs in front.
static int double_text(OuStrBuilder *sb, double x, char type, int prec, int flags, bool *negative)
{
    char lower = (char)(type >= 'A' && type <= 'Z' ? type + 32 : type);
    bool upper = lower != type;
    ou_ssize_t start = sb->size;
    *negative = false;
    if (isnan(x)) {
        if (ou_sb_append_cstr(sb, "nan") < 0)
            return -1;
    } else if (isinf(x)) {
        *negative = x < 0;
        if (ou_sb_append_cstr(sb, "inf") < 0)
            return -1;
    } else {
        *negative = signbit(x) != 0;
        x = fabs(x);
        if (lower == 'f' || lower == 'e') {
            char fmt[8];
            snprintf(fmt, sizeof fmt, "%%%s.*%c", (flags & OU_DTOS_ALT) ? "#" : "", lower);
            int len = snprintf(NULL, 0, fmt, prec, x);
            char *buf = ou_mem_alloc_or_raise((size_t)len + 1);
            if (buf == NULL)
                return -1;
            snprintf(buf, (size_t)len + 1, fmt, prec, x);
            int rc = ou_sb_append(sb, buf, len);
            ou_mem_free(buf);
            if (rc < 0)
                return -1;
        } else if (digits_text(sb, x, lower, prec, flags) < 0) {
            return -1;
        }
        if (*negative && (flags & OU_DTOS_NO_NEG_0)) {
            bool zero = true;
            for (ou_ssize_t i = start; i < sb->size && sb->data[i] != 'e'; i++)
                if (sb->data[i] >= '1' && sb->data[i] <= '9')
                    zero = false;
            if (zero)
                *negative = false;
        }
    }
    if (upper)
        for (ou_ssize_t i = start; i < sb->size; i++)
            if (sb->data[i] >= 'a' && sb->data[i] <= 'z')
                sb->data[i] = (char)(sb->data[i] - 32);
    return 0;
}

OuObject *ou_format_double(double x, char type, int precision, int flags)
{
    OuStrBuilder sb;
    ou_sb_init(&sb);
    bool neg;
    if (double_text(&sb, x, type, precision, flags, &neg) < 0) {
        ou_sb_discard(&sb);
        return NULL;
    }
    if (!neg)
        return ou_sb_finish(&sb);
    OuStrBuilder out;
    ou_sb_init(&out);
    int rc = ou_sb_append_char(&out, '-') < 0 || ou_sb_append(&out, sb.data, sb.size) < 0;
    ou_sb_discard(&sb);
    if (rc) {
        ou_sb_discard(&out);
        return NULL;
    }
    return ou_sb_finish(&out);
}

// ---- float ----

static OuObject *render_double(double val, const OuFormatSpec *f, OuObject *owner)
{
    char type = (char)f->type;
    int flags = 0, default_prec = 6;
    bool pct = false;
    switch (f->type) {
    case 0:
        flags |= OU_DTOS_ADD_DOT_0;
        type = 'r';
        default_prec = 0;
        break;
    case 'n':
        type = 'g';
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        break;
    case '%':
        type = 'f';
        val *= 100;
        pct = true;
        break;
    default:
        return unknown_code(f->type, owner);
    }
    if (f->alternate)
        flags |= OU_DTOS_ALT;
    if (f->no_neg_zero)
        flags |= OU_DTOS_NO_NEG_0;
    ou_ssize_t prec = f->precision;
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    if (prec > 0x7fffffff - 64)
        return ou_err_format(&ou_exc_ValueError, "precision too big");
    OuStrBuilder sb;
    ou_sb_init(&sb);
    bool neg;
    if (double_text(&sb, val, type, (int)prec, flags, &neg) < 0
        || (pct && ou_sb_append_char(&sb, '%') < 0)) {
        ou_sb_discard(&sb);
        return NULL;
    }
    char sign = neg ? '-' : (f->sign == '+' || f->sign == ' ') ? f->sign : 0;
    ou_ssize_t nd = 0;
    while (nd < sb.size && sb.data[nd] >= '0' && sb.data[nd] <= '9')
        nd++;
    OuObject *r = layout_number(f, sign, "", sb.data, nd, sb.data + nd, sb.size - nd, sb.size - nd, 3);
    ou_sb_discard(&sb);
    return r;
}

OuObject *ou_format_float(OuObject *v, OuObject *spec)
{
    if (ou_str_length(spec) == 0)
        return ou_object_str(v);
    OuFormatSpec f;
    if (ou_format_parse_spec(spec, v, 0, '>', &f) < 0)
        return NULL;
    return render_double(ou_float_value(v), &f, v);
}

// ---- int ----

OuObject *ou_format_int(OuObject *v, OuObject *spec)
{
    if (ou_str_length(spec) == 0)
        return ou_object_str(v);
    OuFormatSpec f;
    if (ou_format_parse_spec(spec, v, 'd', '>', &f) < 0)
        return NULL;
    int base = 10;
    switch (f.type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': case 'd': case 'n': case 0: break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        int overflow = 0;
        double d = ou_int_as_double(v, &overflow);
        if (overflow)
            return ou_err_format(&ou_exc_OverflowError, "int too large to convert to float");
        return render_double(d, &f, v);
    }
    default:
        return unknown_code(f.type, v);
    }
    if (f.precision >= 0)
        return ou_err_format(&ou_exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_zero)
        return ou_err_format(&ou_exc_ValueError,
                             "Negative zero coercion (z) not allowed in integer format specifier");
    if (f.type == 'c') {
        if (f.sign)
            return ou_err_format(&ou_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alternate)
            return ou_err_format(&ou_exc_ValueError,
                                 "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t c;
        if (ou_int_as_i64(v, &c) < 0) {
            ou_err_clear();
            return ou_err_format(&ou_exc_OverflowError, "Python int too large to convert to C long");
        }
        if (c < 0 || c > 0x10ffff)
            return ou_err_format(&ou_exc_OverflowError, "%%c arg not in range(0x110000)");
        char enc[4];
        int k = ou_utf8_encode((uint32_t)c, enc);
        return layout_number(&f, 0, "", "", 0, enc, k, 1, 3);
    }
    mpz_t z;
    mpz_init(z);
    ou_int_as_mpz(v, z);
    bool neg = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    size_t cap = mpz_sizeinbase(z, base) + 2;
    char *digits = ou_mem_alloc_or_raise(cap);
    if (digits == NULL) {
        mpz_clear(z);
        return NULL;
    }
    mpz_get_str(digits, f.type == 'X' ? -16 : base, z);
    mpz_clear(z);
    const char *prefix = "";
    if (f.alternate) {
        switch (f.type) {
        case 'b': prefix = "0b"; break;
        case 'o': prefix = "0o"; break;
        case 'x': prefix = "0x"; break;
        case 'X': prefix = "0X"; break;
        }
    }
    char sign = neg ? '-' : (f.sign == '+' || f.sign == ' ') ? f.sign : 0;
    OuObject *r = layout_number(&f, sign, prefix, digits, (ou_ssize_t)strlen(digits), "", 0, 0,
                                base == 10 ? 3 : 4);
    ou_mem_free(digits);
    return r;
}

// ---- str ----

OuObject *ou_format_str(OuObject *v, OuObject *spec)
{
    if (ou_str_length(spec) == 0)
        return ou_object_str(v);
    OuFormatSpec f;
    if (ou_format_parse_spec(spec, v, 's', '<', &f) < 0)
        return NULL;
    if (f.type != 's')
        return unknown_code(f.type, v);
    if (f.sign == ' ')
        return ou_err_format(&ou_exc_ValueError, "Space not allowed in string format specifier");
    if (f.sign)
        return ou_err_format(&ou_exc_ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_zero)
        return ou_err_format(&ou_exc_ValueError,
                             "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return ou_err_format(&ou_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return ou_err_format(&ou_exc_ValueError, "'=' alignment not allowed in string format specifier");
    ou_ssize_t len = ou_str_length(v);
    if (f.precision >= 0 && f.precision < len)
        len = f.precision;
    ou_ssize_t pad = f.width > len ? f.width - len : 0;
    if (pad == 0 && len == ou_str_length(v) && ou_str_check_exact(v))
        return ou_newref(v);
    ou_ssize_t lpad = 0, rpad = 0;
    switch (f.align) {
    case '>': lpad = pad; break;
    case '^': lpad = pad / 2; rpad = pad - lpad; break;
    default: rpad = pad; break;
    }
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (append_fill(&sb, f.fill, lpad) < 0
        || ou_sb_append(&sb, ou_str_utf8(v), ou_str_byte_offset(v, len)) < 0
        || append_fill(&sb, f.fill, rpad) < 0) {
        ou_sb_discard(&sb);
        return NULL;
    }
    return ou_sb_finish(&sb);
}

// ---- object.__format__, format(), ascii() ----

// How argument-type messages name a value's type: None is "None".
static const char *arg_type_name(OuObject *o)
{
    return o == ou_None ? "None" : ou_type_name(o);
}

OuObject *ou_format_object(OuObject *v, OuObject *spec)
{
    if (ou_str_length(spec) > 0)
        return ou_err_format(&ou_exc_TypeError, "unsupported format string passed to %s.__format__",
                             ou_type_name(v));
    return ou_object_str(v);
}

OuObject *ou_format_value(OuObject *v, OuObject *spec)
{
    if (!ou_str_check(spec))
        return ou_err_format(&ou_exc_TypeError, "format() argument 2 must be str, not %s",
                             arg_type_name(spec));
    // The exact built-in types cannot have their __format__ replaced, so
    // skip the lookup and the bound-method call.
    if (ou_str_check_exact(v))
        return ou_format_str(v, spec);
    if (ou_int_check_exact(v) || ou_bool_check(v))
        return ou_format_int(v, spec);
    if (OU_TYPE(v) == &ou_float_type)
        return ou_format_float(v, spec);
    OuObject *name = ou_str_intern_cstr("__format__");
    if (name == NULL)
        return NULL;
    OuObject *meth = ou_type_lookup(OU_TYPE(v), name);
    OU_DECREF(name);
    if (meth == NULL)
        return ou_err_format(&ou_exc_TypeError, "Type %s doesn't define __format__", ou_type_name(v));
    OuObject *r;
    OuTernaryFunc get = OU_TYPE(meth)->descr_get;
    if (get != NULL) {
        OuObject *bound = get(meth, v, (OuObject *)OU_TYPE(v));
        if (bound == NULL)
            return NULL;
        r = ou_call(bound, &spec, 1, NULL);
        OU_DECREF(bound);
    } else {
        OU_INCREF(meth);
        r = ou_call(meth, &spec, 1, NULL);
        OU_DECREF(meth);
    }
    if (r != NULL && !ou_str_check(r)) {
        ou_err_format(&ou_exc_TypeError, "__format__ must return a str, not %s", ou_type_name(r));
        OU_DECREF(r);
        return NULL;
    }
    return r;
}

OuObject *ou_format_ascii(OuObject *o)
{
    OuObject *r = ou_object_repr(o);
    if (r == NULL || ((OuStr *)r)->ascii)
        return r;
    OuStrBuilder sb;
    ou_sb_init(&sb);
    const char *p = ou_str_utf8(r), *end = p + ou_str_size(r);
    int rc = 0;
    while (p < end && rc == 0) {
        uint32_t c = ou_utf8_next(&p);
        char buf[16];
        if (c < 0x80) {
            rc = ou_sb_append_char(&sb, (char)c);
            continue;
        }
        int k;
        if (c < 0x100)
            k = snprintf(buf, sizeof buf, "\\x%02x", (unsigned)c);
        else if (c < 0x10000)
            k = snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c);
        else
            k = snprintf(buf, sizeof buf, "\\U%08x", (unsigned)c);
        rc = ou_sb_append(&sb, buf, k);
    }
    OU_DECREF(r);
    if (rc != 0) {
        ou_sb_discard(&sb);
        return NULL;
    }
    return ou_sb_finish(&sb);
}

// ---- The __format__ methods ----

typedef OuObject *(*FormatFn)(OuObject *v, OuObject *spec);

static OuObject *format_method(const char *owner, FormatFn fn, OuObject *self, OuObject *const *args,
                               ou_ssize_t nargs, OuObject *kwnames)
{
    if (kwnames != NULL && ou_object_len(kwnames) > 0)
        return ou_err_format(&ou_exc_TypeError, "%s.__format__() takes no keyword arguments", owner);
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "%s.__format__() takes exactly one argument (%zd given)",
                             owner, nargs);
    if (!ou_str_check(args[0]))
        return ou_err_format(&ou_exc_TypeError, "__format__() argument must be str, not %s",
                             arg_type_name(args[0]));
    return fn(self, args[0]);
}

OuObject *ou_format_int_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return format_method("int", ou_format_int, self, args, nargs, kwnames);
}

OuObject *ou_format_float_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                 OuObject *kwnames)
{
    return format_method("float", ou_format_float, self, args, nargs, kwnames);
}

OuObject *ou_format_str_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return format_method("str", ou_format_str, self, args, nargs, kwnames);
}

OuObject *ou_format_object_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                  OuObject *kwnames)
{
    return format_method("object", ou_format_object, self, args, nargs, kwnames);
}
