// runtime/strbuilder.c: OuStrBuilder, a growable UTF-8 buffer. Short results
// (most reprs and error messages) never leave the inline buffer; longer ones
// move to the heap and grow by half again each time.
#include "runtime/str.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/error.h"

void ou_sb_init(OuStrBuilder *sb)
{
    sb->data = sb->inline_buf;
    sb->size = 0;
    sb->capacity = (ou_ssize_t)sizeof(sb->inline_buf);
}

static int sb_grow(OuStrBuilder *sb, ou_ssize_t need)
{
    if (need > OU_SSIZE_MAX / 2 - sb->size) {
        ou_err_no_memory();
        return -1;
    }
    ou_ssize_t cap = sb->capacity + sb->capacity / 2;
    if (cap < sb->size + need)
        cap = sb->size + need;
    char *p;
    if (sb->data == sb->inline_buf) {
        p = ou_mem_alloc_or_raise((size_t)cap);
        if (p != NULL)
            memcpy(p, sb->data, (size_t)sb->size);
    } else {
        p = ou_mem_realloc_or_raise(sb->data, (size_t)cap);
    }
    if (p == NULL)
        return -1;
    sb->data = p;
    sb->capacity = cap;
    return 0;
}

int ou_sb_append(OuStrBuilder *sb, const char *s, ou_ssize_t n)
{
    if (n > sb->capacity - sb->size && sb_grow(sb, n) < 0)
        return -1;
    memcpy(sb->data + sb->size, s, (size_t)n);
    sb->size += n;
    return 0;
}

int ou_sb_append_cstr(OuStrBuilder *sb, const char *s)
{
    return ou_sb_append(sb, s, (ou_ssize_t)strlen(s));
}

int ou_sb_append_char(OuStrBuilder *sb, char c)
{
    if (sb->size == sb->capacity && sb_grow(sb, 1) < 0)
        return -1;
    sb->data[sb->size++] = c;
    return 0;
}

int ou_sb_append_codepoint(OuStrBuilder *sb, uint32_t cp)
{
    char buf[4];
    return ou_sb_append(sb, buf, ou_utf8_encode(cp, buf));
}

int ou_sb_append_str(OuStrBuilder *sb, OuObject *str)
{
    return ou_sb_append(sb, ou_str_utf8(str), ou_str_size(str));
}

int ou_sb_append_repr(OuStrBuilder *sb, OuObject *o)
{
    OuObject *r = ou_object_repr(o);
    if (r == NULL)
        return -1;
    int rc = ou_sb_append_str(sb, r);
    OU_DECREF(r);
    return rc;
}

OuObject *ou_sb_finish(OuStrBuilder *sb)
{
    OuObject *r = ou_str_from_utf8(sb->data, sb->size);
    ou_sb_discard(sb);
    return r;
}

void ou_sb_discard(OuStrBuilder *sb)
{
    if (sb->data != sb->inline_buf)
        ou_mem_free(sb->data);
    ou_sb_init(sb);
}
