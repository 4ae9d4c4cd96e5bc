// cli/repl.c: the interactive prompt. Each statement is read line by line
// (`>>> ` then `... `), compiled in "single" mode so expression statements
// print their repr and set `_`, and run in __main__'s namespace; an
// exception prints its traceback and the session goes on.
//
// When a statement is complete: a compound statement (one opening with
// `if`, `def`, `@`, …) runs at the first blank line, as in CPython; any
// other statement runs as soon as it compiles, or keeps reading while the
// compiler says the input merely ended early (an open bracket or string).
//
// On a terminal, libedit reads the lines (its native API, not the readline
// emulation, so the character reader can be ours): that reader waits in
// poll(), which SIGINT always interrupts, so Ctrl-C at the prompt discards
// the line at once. History keeps a whole multi-line block as one entry and
// is saved to ~/.ouro_history; Tab completes names, keywords and attributes.
#include "cli/cli.h"

#include <ctype.h>
#include <errno.h>
#include <histedit.h>
#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include "compiler/compiler.h"
#include "gc/gc.h"
#include "parser/ast.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "vm/signals.h"
#include "vm/vm.h"

#define PS1 ">>> "
#define PS2 "... "
#define HISTORY_FILE ".ouro_history"
#define HISTORY_SIZE 1000

typedef struct {
    EditLine *el;           // NULL when stdin is not a terminal
    History *hist;
    char *hist_path;        // ou_mem_alloc'd; NULL: no $HOME, history not saved
    const char *prompt;     // what the libedit prompt callback shows
    int interrupted;        // the reader saw Ctrl-C
    mbstate_t mb;           // the reader's partial UTF-8 sequence
} Repl;

// A growable byte buffer for the statement being read.
typedef struct {
    char *data;
    size_t len, cap;
} Buf;

static int buf_append(Buf *b, const char *s, size_t n)
{
    if (n >= (size_t)OU_SSIZE_MAX / 2 || b->len >= (size_t)OU_SSIZE_MAX / 2)
        return -1;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = ou_mem_realloc(b->data, cap);
        if (d == NULL)
            return -1;
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

// ---- Reading lines ----

static char *prompt_fn(EditLine *el)
{
    Repl *r = NULL;
    el_get(el, EL_CLIENTDATA, &r);
    return (char *)r->prompt;
}

// libedit's character reader. Waits in poll() rather than read(): SA_RESTART
// restarts read() after Ctrl-C, but never poll(). Returns 1 with a
// character, 0 at EOF, -1 to make el_gets give up (Ctrl-C or an error).
static int getc_fn(EditLine *el, wchar_t *wc)
{
    Repl *r = NULL;
    el_get(el, EL_CLIENTDATA, &r);
    for (;;) {
        if (ou_signals_pending) {
            ou_signals_pending = 0;
            r->interrupted = 1;
            return -1;
        }
        struct pollfd pfd = { .fd = STDIN_FILENO, .events = POLLIN };
        if (poll(&pfd, 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        char c;
        ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return -1;
        }
        if (n == 0)
            return 0;
        size_t k = mbrtowc(wc, &c, 1, &r->mb);
        if (k == (size_t)-2)
            continue;               // more bytes of this character to come
        if (k == (size_t)-1) {      // not UTF-8: take the byte as Latin-1
            memset(&r->mb, 0, sizeof r->mb);
            *wc = (unsigned char)c;
        }
        if (*wc == 3) {             // ^C typed with the terminal's ISIG off
            r->interrupted = 1;
            return -1;
        }
        return 1;
    }
}

// One line without its newline, in a buffer the caller frees with
// ou_mem_free; NULL at EOF or when `r->interrupted` is set.
static char *read_line(Repl *r, const char *prompt)
{
    r->interrupted = 0;
    if (r->el != NULL) {
        r->prompt = prompt;
        int count = 0;
        const char *s = el_gets(r->el, &count);
        if (r->interrupted || s == NULL || count <= 0)
            return NULL;
        size_t n = (size_t)count;
        if (n > 0 && s[n - 1] == '\n')
            n--;
        char *line = ou_mem_alloc(n + 1);
        if (line != NULL) {
            memcpy(line, s, n);
            line[n] = '\0';
        }
        return line;
    }
    // Not a terminal (`-i` with a pipe): prompts go to stderr, like CPython's.
    fputs(prompt, stderr);
    fflush(stderr);
    Buf b = { 0 };
    int c;
    while ((c = getchar()) != EOF && c != '\n') {
        char ch = (char)c;
        if (buf_append(&b, &ch, 1) < 0)
            break;
    }
    if (c == EOF && b.len == 0) {
        ou_mem_free(b.data);
        return NULL;
    }
    if (b.data == NULL)
        b.data = ou_mem_calloc(1, 1);
    return b.data;
}

// ---- Completion ----

typedef struct {
    char **items;
    size_t n, cap;
} Words;

static void words_add(Words *w, const char *s, size_t n)
{
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 64;
        char **items = ou_mem_realloc(w->items, cap * sizeof *items);
        if (items == NULL)
            return;
        w->items = items;
        w->cap = cap;
    }
    char *copy = ou_mem_alloc(n + 1);
    if (copy == NULL)
        return;
    memcpy(copy, s, n);
    copy[n] = '\0';
    w->items[w->n++] = copy;
}

static void words_free(Words *w)
{
    for (size_t i = 0; i < w->n; i++)
        ou_mem_free(w->items[i]);
    ou_mem_free(w->items);
}

static int cmp_words(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield", NULL,
};

// What a completed word gets after it, as CPython's rlcompleter does: `(`
// after something callable, `:` or a space after most keywords.
static const char *suffix_for(const char *word, OuObject *value)
{
    for (int i = 0; keywords[i]; i++) {
        if (strcmp(word, keywords[i]) != 0)
            continue;
        if (strcmp(word, "finally") == 0 || strcmp(word, "try") == 0)
            return ":";
        static const char *const bare[] = { "False", "None", "True", "break", "continue", "pass", "else", NULL };
        for (int j = 0; bare[j]; j++)
            if (strcmp(word, bare[j]) == 0)
                return "";
        return " ";
    }
    if (value != NULL && OU_TYPE(value)->call != NULL)
        return "(";
    return "";
}

// Add the str keys of `d` that start with `prefix` (n bytes).
static void add_dict_names(Words *w, OuObject *d, const char *prefix, size_t n)
{
    ou_ssize_t pos = 0;
    OuObject *k, *v;
    while (ou_dict_next(d, &pos, &k, &v)) {
        if (!ou_str_check(k))
            continue;
        const char *s = ou_str_utf8(k);
        if (strncmp(s, prefix, n) == 0)
            words_add(w, s, strlen(s));
    }
}

// The object a dotted name (`sys.path`, n bytes) names in the REPL's
// namespace, looked up without calling anything but attribute getters.
// New ref, or NULL (no exception) when it cannot be found.
static OuObject *resolve(const char *name, size_t n)
{
    OuObject *globals = ou_module_dict(ou_state.main_module);
    OuObject *obj = NULL;
    size_t start = 0;
    while (start <= n) {
        size_t end = start;
        while (end < n && name[end] != '.')
            end++;
        OuObject *part = ou_str_from_utf8(name + start, (ou_ssize_t)(end - start));
        if (part == NULL)
            break;
        OuObject *next;
        if (obj == NULL) {
            next = ou_dict_getitem(globals, part);
            if (next == NULL)
                next = ou_dict_getitem(ou_state.builtins, part);
            OU_XINCREF(next);
        } else {
            next = ou_object_getattr(obj, part);
        }
        OU_DECREF(part);
        OU_XDECREF(obj);
        obj = next;
        if (obj == NULL)
            break;
        start = end + 1;
    }
    ou_err_clear();
    return obj;
}

// Completions for `word` (n bytes), full words each (`sys.path`).
static void complete_word(Words *w, const char *word, size_t n)
{
    const char *dot = NULL;
    for (size_t i = n; i > 0; i--)
        if (word[i - 1] == '.') {
            dot = word + i - 1;
            break;
        }
    if (dot == NULL) {
        for (int i = 0; keywords[i]; i++)
            if (strncmp(keywords[i], word, n) == 0)
                words_add(w, keywords[i], strlen(keywords[i]));
        add_dict_names(w, ou_module_dict(ou_state.main_module), word, n);
        add_dict_names(w, ou_state.builtins, word, n);
        return;
    }
    size_t base_len = (size_t)(dot - word);
    const char *prefix = dot + 1;
    size_t plen = n - base_len - 1;
    OuObject *obj = resolve(word, base_len);
    if (obj == NULL)
        return;
    OuObject *names = ou_object_dir(obj);
    OU_DECREF(obj);
    if (names == NULL) {
        ou_err_clear();
        return;
    }
    for (ou_ssize_t i = 0; i < ou_list_size(names); i++) {
        OuObject *k = ou_list_getitem(names, i);
        if (k == NULL || !ou_str_check(k))
            continue;
        const char *s = ou_str_utf8(k);
        // Private names only when asked for, as rlcompleter does.
        if (s[0] == '_' && (plen == 0 || prefix[0] != '_'))
            continue;
        if (strncmp(s, prefix, plen) != 0)
            continue;
        Buf full = { 0 };
        if (buf_append(&full, word, base_len + 1) == 0 && buf_append(&full, s, strlen(s)) == 0)
            words_add(w, full.data, full.len);
        ou_mem_free(full.data);
    }
    OU_DECREF(names);
    ou_err_clear();
}

static int is_word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '.' || (unsigned char)c >= 0x80;
}

static unsigned char complete_fn(EditLine *el, int ch)
{
    const LineInfo *li = el_line(el);
    const char *end = li->cursor, *start = end;
    while (start > li->buffer && is_word_char(start[-1]))
        start--;
    size_t n = (size_t)(end - start);
    if (n == 0) {
        // CPython's prompt inserts a tab on an empty word: indentation.
        el_insertstr(el, "    ");
        return CC_REFRESH;
    }
    Words w = { 0 };
    OuObject *saved = ou_err_fetch();
    complete_word(&w, start, n);
    ou_err_restore(saved);
    if (w.n == 0) {
        words_free(&w);
        return CC_REFRESH_BEEP;
    }
    qsort(w.items, w.n, sizeof *w.items, cmp_words);
    size_t u = 0;
    for (size_t i = 0; i < w.n; i++) {
        if (u > 0 && strcmp(w.items[u - 1], w.items[i]) == 0) {
            ou_mem_free(w.items[i]);
            continue;
        }
        w.items[u++] = w.items[i];
    }
    w.n = u;
    unsigned char ret = CC_REFRESH;
    if (w.n == 1) {
        const char *last = strrchr(w.items[0], '.');
        last = last ? last + 1 : w.items[0];
        OuObject *value = resolve(w.items[0], strlen(w.items[0]));
        Buf ins = { 0 };
        size_t full = strlen(w.items[0]);
        if (full > n)
            buf_append(&ins, w.items[0] + n, full - n);
        const char *suffix = suffix_for(last, value);
        buf_append(&ins, suffix, strlen(suffix));
        OU_XDECREF(value);
        if (ins.len > 0)
            el_insertstr(el, ins.data);
        ou_mem_free(ins.data);
    } else {
        size_t common = strlen(w.items[0]);
        for (size_t i = 1; i < w.n; i++) {
            size_t j = 0;
            while (j < common && w.items[i][j] == w.items[0][j])
                j++;
            common = j;
        }
        if (common > n) {
            char save = w.items[0][common];
            w.items[0][common] = '\0';
            el_insertstr(el, w.items[0] + n);
            w.items[0][common] = save;
        } else {
            // Nothing more to insert: list the choices under the line.
            fputc('\n', stdout);
            for (size_t i = 0; i < w.n; i++)
                fprintf(stdout, "%s%s", w.items[i], i + 1 < w.n ? "  " : "\n");
            fflush(stdout);
            ret = CC_REDISPLAY;
        }
    }
    words_free(&w);
    return ret;
}

// ---- Setup ----

static void editor_open(Repl *r)
{
    setlocale(LC_CTYPE, "");
    r->el = el_init("ouro", stdin, stdout, stderr);
    if (r->el == NULL)
        return;
    r->hist = history_init();
    if (r->hist != NULL) {
        HistEvent ev;
        history(r->hist, &ev, H_SETSIZE, HISTORY_SIZE);
        history(r->hist, &ev, H_SETUNIQUE, 1);
        const char *home = getenv("HOME");
        if (home != NULL && home[0] != '\0') {
            size_t n = strlen(home) + sizeof HISTORY_FILE + 1;
            r->hist_path = ou_mem_alloc(n);
            if (r->hist_path != NULL) {
                snprintf(r->hist_path, n, "%s/%s", home, HISTORY_FILE);
                history(r->hist, &ev, H_LOAD, r->hist_path);
            }
        }
        el_set(r->el, EL_HIST, history, r->hist);
    }
    el_set(r->el, EL_CLIENTDATA, r);
    el_set(r->el, EL_EDITOR, "emacs");
    el_set(r->el, EL_PROMPT, prompt_fn);
    el_set(r->el, EL_GETCFN, getc_fn);
    // The wide form: the narrow one copies the strings and never frees them.
    el_wset(r->el, EL_ADDFN, L"ou-complete", L"complete a name or attribute", complete_fn);
    el_set(r->el, EL_BIND, "^I", "ou-complete", NULL);
    el_source(r->el, NULL);     // the user's ~/.editrc, if any
}

static void editor_close(Repl *r)
{
    if (r->hist != NULL) {
        history_end(r->hist);
        r->hist = NULL;
    }
    if (r->el != NULL) {
        el_end(r->el);
        r->el = NULL;
    }
    ou_mem_free(r->hist_path);
    r->hist_path = NULL;
}

static void remember(Repl *r, const char *text, size_t len)
{
    if (r->hist == NULL || len == 0)
        return;
    char *entry = ou_mem_alloc(len + 1);
    if (entry == NULL)
        return;
    memcpy(entry, text, len);
    entry[len] = '\0';
    HistEvent ev;
    history(r->hist, &ev, H_ENTER, entry);
    if (r->hist_path != NULL)
        history(r->hist, &ev, H_SAVE, r->hist_path);
    ou_mem_free(entry);
}

// ---- The loop ----

static int is_blank(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r')
        s++;
    return *s == '\0' || *s == '#';
}

// Does this first line open a compound statement (which needs a blank line
// to end, even when it already compiles)?
static int opens_compound(const char *line)
{
    static const char *const openers[] = {
        "if", "while", "for", "def", "class", "try", "with", "async", NULL,
    };
    while (*line == ' ' || *line == '\t')
        line++;
    if (*line == '@')
        return 1;
    for (int i = 0; openers[i]; i++) {
        size_t n = strlen(openers[i]);
        if (strncmp(line, openers[i], n) == 0 && !isalnum((unsigned char)line[n]) && line[n] != '_')
            return 1;
    }
    return 0;
}

// Print the pending exception as the prompt shows it: KeyboardInterrupt
// and everything else with a traceback.
static void show_exception(void)
{
    OuObject *exc = ou_err_fetch();
    if (exc == NULL)
        return;
    fflush(stdout);
    ou_vm_print_exception(exc, stderr);
    fflush(stderr);
    OU_DECREF(exc);
}

// Read one statement into `b`. 1 = ready (with `*code` compiled, or NULL
// and an exception pending), 0 = interrupted or empty, -1 = EOF.
static int read_statement(Repl *r, Buf *b, OuObject **code)
{
    *code = NULL;
    int compound = 0;
    const char *prompt = PS1;
    for (;;) {
        char *line = read_line(r, prompt);
        if (r->interrupted) {
            ou_mem_free(line);
            fputs("\nKeyboardInterrupt\n", stderr);
            fflush(stderr);
            return 0;
        }
        if (line == NULL) {
            if (r->el != NULL || b->len == 0)
                fputc('\n', r->el != NULL ? stdout : stderr);
            return -1;
        }
        int first = b->len == 0;
        int blank = is_blank(line);
        // A whole block recalled from history comes back as one line.
        int recalled = strchr(line, '\n') != NULL;
        if (first && blank && !recalled) {
            ou_mem_free(line);
            return 0;
        }
        int ok = buf_append(b, line, strlen(line)) == 0 && buf_append(b, "\n", 1) == 0;
        ou_mem_free(line);
        if (!ok)
            return 0;
        if (first)
            compound = opens_compound(b->data);
        if (compound && !blank && !recalled) {
            prompt = PS2;
            continue;
        }
        int incomplete = 0;
        *code = ou_compile_ex(b->data, b->len, "<stdin>", OU_PARSE_SINGLE, &incomplete);
        if (*code == NULL && incomplete && !(compound && blank)) {
            ou_err_clear();
            prompt = PS2;
            continue;
        }
        return 1;
    }
}

int ou_repl_run(int quiet)
{
    Repl r;
    memset(&r, 0, sizeof r);
    if (isatty(STDIN_FILENO))
        editor_open(&r);
    if (!quiet) {
        fprintf(stderr, "ouro %s (Python %s subset)\n", OU_VERSION, OU_PYTHON_VERSION);
        fprintf(stderr, "Watch the memory model: try sys.getrefcount(x), sys.getsizeof(x) and gc.collect().\n");
        fflush(stderr);
    }
    OuObject *globals = ou_module_dict(ou_state.main_module);
    int status = 0;
    Buf b = { 0 };
    for (;;) {
        b.len = 0;
        OuObject *code = NULL;
        int got = read_statement(&r, &b, &code);
        if (got < 0)
            break;
        if (got == 0)
            continue;
        size_t n = b.len;
        while (n > 0 && (b.data[n - 1] == '\n' || b.data[n - 1] == ' '))
            n--;
        remember(&r, b.data, n);
        OuObject *res = code != NULL ? ou_vm_run_code(code, globals, globals) : NULL;
        OU_XDECREF(code);
        fflush(stdout);
        // A Ctrl-C that arrived while C code ran and nothing polled it.
        if (res != NULL && ou_signals_check() < 0) {
            OU_DECREF(res);
            res = NULL;
        }
        if (res != NULL) {
            OU_DECREF(res);
            continue;
        }
        if (ou_err_matches(&ou_exc_SystemExit)) {
            status = -1;
            break;
        }
        show_exception();
    }
    ou_mem_free(b.data);
    editor_close(&r);
    return status;
}
