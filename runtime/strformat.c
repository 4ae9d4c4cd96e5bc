// runtime/strformat.c: ou_str_from_formatv, the printf-like builder behind
// ou_err_format and every C-side repr. Conversions:
//   %d %i %u %x with optional l / ll / z length modifiers, %c (a code
//   point), %p, %s (UTF-8 C string), %U (a str object), %S (str(obj)),
//   %R (repr(obj)), %T (the type name of obj), %%.
// Flags '-' and '0', a width (in code points) and a precision are accepted
// as CPython's PyUnicode_FromFormat accepts them: the precision counts bytes
// for %s and code points for %U %S %R %T.
#include "runtime/str.h"

#include <stdio.h>
#include <string.h>
#include "runtime/error.h"

// Count code points in UTF-8 text.
static ou_ssize_t cp_count(const char *s, ou_ssize_t n)
{
    ou_ssize_t k = 0;
    for (ou_ssize_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80)
            k++;
    return k;
}

// Bytes of the first `cps` code points of s (at most n bytes).
static ou_ssize_t cp_prefix(const char *s, ou_ssize_t n, ou_ssize_t cps)
{
    ou_ssize_t i = 0;
    while (i < n && cps > 0) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xc0) == 0x80)
            i++;
        cps--;
    }
    return i;
}

static int append_padded(OuStrBuilder *sb, const char *s, ou_ssize_t n, ou_ssize_t width,
                         int left, char fill)
{
    ou_ssize_t pad = width - cp_count(s, n);
    if (pad > 0 && !left) {
        // Zero padding goes after a sign.
        if (fill == '0' && n > 0 && (s[0] == '-' || s[0] == '+')) {
            if (ou_sb_append_char(sb, s[0]) < 0)
                return -1;
            s++;
            n--;
        }
        for (; pad > 0; pad--)
            if (ou_sb_append_char(sb, fill) < 0)
                return -1;
    }
    if (ou_sb_append(sb, s, n) < 0)
        return -1;
    for (; pad > 0; pad--)
        if (ou_sb_append_char(sb, ' ') < 0)
            return -1;
    return 0;
}

OuObject *ou_str_from_formatv(const char *fmt, va_list ap_in)
{
    va_list ap;
    va_copy(ap, ap_in);
    OuStrBuilder sb;
    ou_sb_init(&sb);
    const char *f = fmt;
    while (*f) {
        if (*f != '%') {
            const char *start = f;
            while (*f && *f != '%')
                f++;
            if (ou_sb_append(&sb, start, f - start) < 0)
                goto error;
            continue;
        }
        const char *spec = f++;
        int left = 0;
        char fill = ' ';
        for (; *f == '-' || *f == '0'; f++) {
            if (*f == '-')
                left = 1;
            else
                fill = '0';
        }
        ou_ssize_t width = -1, prec = -1;
        while (*f >= '0' && *f <= '9')
            width = (width < 0 ? 0 : width * 10) + (*f++ - '0');
        if (*f == '.') {
            f++;
            prec = 0;
            while (*f >= '0' && *f <= '9')
                prec = prec * 10 + (*f++ - '0');
        }
        int lmod = 0;   // 1: l, 2: ll, 3: z
        if (*f == 'l') {
            f++;
            lmod = 1;
            if (*f == 'l') {
                f++;
                lmod = 2;
            }
        } else if (*f == 'z') {
            f++;
            lmod = 3;
        }
        char buf[64];
        ou_ssize_t n;
        OuObject *obj = NULL;
        const char *text = buf;
        switch (*f) {
        case 'd':
        case 'i':
            if (lmod == 1)
                n = snprintf(buf, sizeof(buf), "%ld", va_arg(ap, long));
            else if (lmod == 2)
                n = snprintf(buf, sizeof(buf), "%lld", va_arg(ap, long long));
            else if (lmod == 3)
                n = snprintf(buf, sizeof(buf), "%td", va_arg(ap, ptrdiff_t));
            else
                n = snprintf(buf, sizeof(buf), "%d", va_arg(ap, int));
            break;
        case 'u':
        case 'x': {
            unsigned long long v;
            if (lmod == 1)
                v = va_arg(ap, unsigned long);
            else if (lmod == 2)
                v = va_arg(ap, unsigned long long);
            else if (lmod == 3)
                v = va_arg(ap, size_t);
            else
                v = va_arg(ap, unsigned int);
            n = snprintf(buf, sizeof(buf), *f == 'u' ? "%llu" : "%llx", v);
            break;
        }
        case 'c': {
            int c = va_arg(ap, int);
            n = ou_utf8_encode((uint32_t)c, buf);
            break;
        }
        case 'p':
            n = snprintf(buf, sizeof(buf), "0x%llx", (unsigned long long)(uintptr_t)va_arg(ap, void *));
            break;
        case 's':
            text = va_arg(ap, const char *);
            if (text == NULL)
                text = "(null)";
            n = (ou_ssize_t)strlen(text);
            if (prec >= 0 && n > prec) {
                // Truncate on bytes, then back off to a whole code point.
                n = prec;
                while (n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80)
                    n--;
            }
            prec = -1;
            break;
        case 'U':
            obj = ou_newref(va_arg(ap, OuObject *));
            break;
        case 'S':
            obj = ou_object_str(va_arg(ap, OuObject *));
            if (obj == NULL)
                goto error;
            break;
        case 'R':
            obj = ou_object_repr(va_arg(ap, OuObject *));
            if (obj == NULL)
                goto error;
            break;
        case 'T':
            text = ou_type_name(va_arg(ap, OuObject *));
            n = (ou_ssize_t)strlen(text);
            break;
        case '%':
            n = 1;
            text = "%";
            break;
        default:
            // Unknown conversion: copy the rest of the format verbatim, as
            // CPython does, rather than guess what the arguments are.
            if (ou_sb_append_cstr(&sb, spec) < 0)
                goto error;
            f = spec + strlen(spec);
            continue;
        }
        f++;
        if (obj != NULL) {
            text = ou_str_utf8(obj);
            n = ou_str_size(obj);
        }
        if (prec >= 0 && *(f - 1) != 'd' && *(f - 1) != 'i' && *(f - 1) != 'u' && *(f - 1) != 'x')
            n = cp_prefix(text, n, prec);
        int rc = append_padded(&sb, text, n, width, left, fill);
        OU_XDECREF(obj);
        if (rc < 0)
            goto error;
    }
    va_end(ap);
    return ou_sb_finish(&sb);
error:
    va_end(ap);
    ou_sb_discard(&sb);
    return NULL;
}
