// cli/main.c: the `ouro` command: argument parsing, running a script, a
// `-c` string or stdin, the interactive prompt (cli/repl.c), and the exit
// status (CPython's: 1 for an uncaught exception, SystemExit's code, 2 for
// a bad command line or a file that cannot be opened, death by SIGINT for
// an uncaught KeyboardInterrupt).
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli/cli.h"
#include "compiler/compiler.h"
#include "lexer/lexer.h"
#include "parser/ast.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "stdlib/site.h"
#include "vm/signals.h"
#include "vm/vm.h"

// handle_exception's status for an uncaught KeyboardInterrupt.
#define EXIT_BY_SIGINT (-SIGINT)

static const char usage_line[] =
    "usage: ouro [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_text[] =
    "Options (CPython's; those marked * are accepted and have no effect):\n"
    "-b     : * warnings about str(bytes_instance)\n"
    "-B     : * don't write .pyc files on import\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-d     : * parser debugging output\n"
    "-E     : * ignore PYTHON* environment variables\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; forces a prompt even\n"
    "         if stdin does not appear to be a terminal\n"
    "-I     : * isolate from the user's environment\n"
    "-m mod : run library module as a script (not supported: ouro has no\n"
    "         modules written in Python)\n"
    "-O     : * remove assert and __debug__-dependent statements\n"
    "-P     : * don't prepend a potentially unsafe path to sys.path\n"
    "-q     : don't print the banner on interactive startup\n"
    "-s     : * don't add user site directory to sys.path\n"
    "-S     : don't imply 'import site' on initialization (no exit and quit)\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-v     : * verbose (trace import statements)\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-W arg : * warning control\n"
    "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
    "-X opt : * set implementation-specific option\n"
    "--dis  : print the bytecode of the program instead of running it\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

typedef struct {
    int dis, inspect, quiet, no_site, unbuffered, skip_first_line;
    const char *command;    // -c
    const char *script;     // a path, or "-" for stdin; NULL: stdin
    int rest;               // index of sys.argv[0] in argv, or argc
} Options;

// Report a bad command line as CPython does. Always returns 2.
static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    fputs(usage_line, stderr);
    fputs("Try `ouro -h' for more information.\n", stderr);
    return 2;
}

// Parse options like CPython's getopt: short options may be clustered
// (`-iq`), and an option's argument may be attached (`-Xdev`, `-cpass`).
// Returns -1 to go on, or the exit status (0 after -h / -V, 2 on error).
static int parse_options(int argc, char **argv, Options *o)
{
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0')
            break;                                  // the script, or "-"
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            if (strcmp(a, "--dis") == 0) {
                o->dis = 1;
            } else if (strcmp(a, "--version") == 0) {
                printf("Python %s (ouro %s)\n", OU_PYTHON_VERSION, OU_VERSION);
                return 0;
            } else if (strcmp(a, "--help") == 0) {
                fputs(usage_line, stdout);
                fputs(help_text, stdout);
                return 0;
            } else {
                return usage_error("unknown option %s", a);
            }
            continue;
        }
        for (const char *p = a + 1; *p; p++) {
            char opt = *p;
            if (opt == 'c' || opt == 'm' || opt == 'X' || opt == 'W') {
                const char *arg = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (arg == NULL) {
                    char name[3] = { '-', opt, '\0' };
                    return usage_error("Argument expected for the %s option", name);
                }
                if (opt == 'c') {
                    o->command = arg;
                    o->rest = i;                    // sys.argv[0] becomes '-c'
                    return -1;
                }
                if (opt == 'm') {
                    fprintf(stderr, "ouro: No module named %s\n", arg);
                    return 1;
                }
                break;                              // -X and -W are ignored
            }
            switch (opt) {
            case 'i': o->inspect = 1; break;
            case 'q': o->quiet = 1; break;
            case 'S': o->no_site = 1; break;
            case 'u': o->unbuffered = 1; break;
            case 'x': o->skip_first_line = 1; break;
            case 'b': case 'B': case 'd': case 'E': case 'I': case 'O':
            case 'P': case 's': case 'v': case 'R':
                break;
            case 'V':
                printf("Python %s (ouro %s)\n", OU_PYTHON_VERSION, OU_VERSION);
                return 0;
            case 'h': case '?':
                fputs(usage_line, stdout);
                fputs(help_text, stdout);
                return 0;
            default: {
                char name[3] = { '-', opt, '\0' };
                return usage_error("Unknown option: %s", name);
            }
            }
        }
    }
    o->rest = i;
    if (i < argc)
        o->script = argv[i];
    return -1;
}

// Read all of `fp`. NULL with errno set on failure; malloc'd, because it
// runs before the allocator is up.
static char *read_stream(FILE *fp, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (buf == NULL)
        return NULL;
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (nb == NULL) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
    }
    if (ferror(fp)) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    *len = n;
    return buf;
}

// `path` made absolute by prefixing the working directory, without any
// normalisation: CPython 3.11 names the main script so (`/tmp/../x.py`).
// malloc'd; NULL when out of memory or the working directory is unknown.
static char *abspath(const char *path)
{
    char cwd[4096];
    if (path[0] == '/')
        return strdup(path);
    if (getcwd(cwd, sizeof cwd) == NULL)
        return NULL;
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *out = malloc(n);
    if (out != NULL)
        snprintf(out, n, "%s/%s", cwd, path);
    return out;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return NULL;
    char *buf = read_stream(fp, len);
    int e = errno;
    fclose(fp);
    errno = e;
    return buf;
}

// Turn the pending exception into an exit status, printing it unless it is
// SystemExit (whose code becomes the status, as CPython does).
static int handle_exception(void)
{
    OuObject *exc = ou_err_fetch();
    if (exc == NULL)
        return 1;
    int status = 1;
    if (ou_is_instance_of(exc, &ou_exc_SystemExit)) {
        OuObject *code = ((OuSystemExit *)exc)->code;
        if (code == NULL || code == ou_None) {
            status = 0;
        } else if (ou_int_check(code)) {
            int64_t v = 0;
            if (ou_int_as_i64(code, &v) < 0)
                ou_err_clear();
            status = (int)(v & 0xFF);
        } else {
            OuObject *s = ou_object_str(code);
            if (s != NULL) {
                fflush(stdout);
                fprintf(stderr, "%s\n", ou_str_utf8(s));
                OU_DECREF(s);
            }
            ou_err_clear();
            status = 1;
        }
    } else {
        fflush(stdout);
        ou_vm_print_exception(exc, stderr);
        // An uncaught KeyboardInterrupt ends the process by the signal itself,
        // so the parent sees what it sees for CPython.
        if (ou_is_instance_of(exc, &ou_exc_KeyboardInterrupt))
            status = EXIT_BY_SIGINT;
    }
    OU_DECREF(exc);
    return status;
}

// Under -i every exception, SystemExit included, is shown as a traceback
// and the prompt follows, as CPython does.
static void show_exception(void)
{
    OuObject *exc = ou_err_fetch();
    if (exc == NULL)
        return;
    fflush(stdout);
    ou_vm_print_exception(exc, stderr);
    OU_DECREF(exc);
}

// The last step of every run: the exit status, or death by SIGINT.
static int finish(int status)
{
    fflush(stdout);
    fflush(stderr);
    if (status == EXIT_BY_SIGINT) {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
        return 128 + SIGINT;
    }
    return status;
}

// Compile and run (or disassemble) a whole program. 0, or -1 with an
// exception pending.
static int run_source(const char *src, size_t len, const char *filename, int dis)
{
    OuObject *code = ou_compile(src, len, filename, OU_PARSE_FILE);
    if (code == NULL)
        return -1;
    if (dis) {
        int r = ou_dis(code, stdout);
        OU_DECREF(code);
        return r;
    }
    OuObject *globals = ou_module_dict(ou_state.main_module);
    OuObject *r = ou_vm_run_code(code, globals, globals);
    OU_DECREF(code);
    if (r == NULL)
        return -1;
    OU_DECREF(r);
    return 0;
}

// Source files are UTF-8 (PEP 263 coding declarations are not supported):
// report the first bad byte as CPython words it. 0, or -1 + SyntaxError.
static int check_utf8(const char *src, size_t len, const char *filename)
{
    int bad_line;
    unsigned char bad_byte;
    if (!ou_lexer_find_bad_utf8(src, len, &bad_line, &bad_byte))
        return 0;
    ou_err_format(&ou_exc_SyntaxError,
                  "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                  "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                  bad_byte, filename, bad_line);
    return -1;
}

int main(int argc, char **argv)
{
    Options o;
    memset(&o, 0, sizeof o);
    int status = parse_options(argc, argv, &o);
    if (status >= 0)
        return status;
    if (o.unbuffered) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }

    // What to run: a -c string, a file, stdin as a whole program, or the
    // prompt (stdin on a terminal, or -i with nothing else).
    char *src = NULL, *script_path = NULL;
    size_t len = 0;
    const char *filename = NULL;
    int from_stdin = o.command == NULL && (o.script == NULL || strcmp(o.script, "-") == 0);
    int interactive = from_stdin && (o.inspect || isatty(STDIN_FILENO));
    char *empty_argv[] = { "", NULL };
    char **prog_argv = argv + o.rest;
    int prog_argc = argc - o.rest;
    if (o.command != NULL) {
        len = strlen(o.command);
        src = malloc(len + 1);
        if (src != NULL)
            memcpy(src, o.command, len + 1);
        filename = "<string>";
        argv[o.rest] = "-c";
    } else if (o.script != NULL && !from_stdin) {
        script_path = abspath(o.script);
        filename = script_path != NULL ? script_path : o.script;
        src = read_file(o.script, &len);
        if (src == NULL) {
            int e = errno;
            fprintf(stderr, "ouro: can't open file '%s': [Errno %d] %s\n", filename, e, strerror(e));
            free(script_path);
            return 2;
        }
    } else if (!interactive) {
        filename = "<stdin>";
        src = read_stream(stdin, &len);
        if (src == NULL) {
            fprintf(stderr, "ouro: can't read stdin: %s\n", strerror(errno));
            return 2;
        }
    }
    if (prog_argc == 0) {
        prog_argv = empty_argv;
        prog_argc = 1;
    }
    if (o.skip_first_line && src != NULL) {
        // Blank the first line but keep its newline, so line numbers stay true.
        for (size_t k = 0; k < len && src[k] != '\n'; k++)
            src[k] = ' ';
    }

    if (ou_runtime_init(prog_argc, prog_argv) < 0) {
        free(src);
        free(script_path);
        return 1;
    }
    if (!o.no_site && ou_site_init(ou_state.builtins) < 0)
        ou_err_clear();
    ou_signals_install();

    int failed = 0, ran_program = src != NULL;
    if (ran_program) {
        if (o.command == NULL && !from_stdin) {
            OuObject *file = ou_str_from_cstr(filename);
            if (file == NULL || ou_dict_setitem_str(ou_module_dict(ou_state.main_module), "__file__", file) < 0)
                ou_err_clear();
            OU_XDECREF(file);
        }
        failed = (o.command == NULL && check_utf8(src, len, filename) < 0)
                 || run_source(src, len, filename, o.dis) < 0;
        free(src);
    }
    status = 0;
    if (o.inspect && !o.dis) {
        if (failed)
            show_exception();
        fflush(stdout);
        fflush(stderr);
        if (ou_repl_run(o.quiet || ran_program) < 0)
            status = handle_exception();
    } else if (interactive) {
        if (ou_repl_run(o.quiet) < 0)
            status = handle_exception();
    } else if (failed) {
        status = handle_exception();
    }
    fflush(stdout);
    ou_runtime_finalize();
    ou_signals_restore();
    free(script_path);
    return finish(status);
}
