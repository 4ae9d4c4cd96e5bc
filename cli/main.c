// cli/main.c: the `ouro` command: argument parsing, running a script or a
// `-c` string, and the exit status (CPython's: 1 for an uncaught
// exception, SystemExit's code, 2 for a file that cannot be opened).
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
#include "vm/vm.h"

// handle_exception's status for an uncaught KeyboardInterrupt.
#define EXIT_BY_SIGINT (-SIGINT)

static const char usage[] =
    "usage: ouro [option] ... [-c cmd | file] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "--dis  : print the bytecode of the program instead of running it\n"
    "file   : program read from script file\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

// Read a whole file. NULL with errno set on failure.
static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (buf == NULL) {
        fclose(fp);
        return NULL;
    }
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (nb == NULL) {
                free(buf);
                fclose(fp);
                return NULL;
            }
            buf = nb;
        }
    }
    int err = ferror(fp);
    fclose(fp);
    if (err) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    *len = n;
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
        ou_vm_print_exception(exc, stderr);
        // An uncaught KeyboardInterrupt ends the process by the signal itself,
        // so the parent sees what it sees for CPython.
        if (ou_is_instance_of(exc, &ou_exc_KeyboardInterrupt))
            status = EXIT_BY_SIGINT;
    }
    OU_DECREF(exc);
    return status;
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

static int run_source(const char *src, size_t len, const char *filename, int dis)
{
    OuObject *code = ou_compile(src, len, filename, OU_PARSE_FILE);
    if (code == NULL)
        return handle_exception();
    if (dis) {
        int r = ou_dis(code, stdout);
        OU_DECREF(code);
        return r < 0 ? handle_exception() : 0;
    }
    OuObject *globals = ou_module_dict(ou_state.main_module);
    OuObject *r = ou_vm_run_code(code, globals, globals);
    OU_DECREF(code);
    if (r == NULL)
        return handle_exception();
    OU_DECREF(r);
    return 0;
}

int main(int argc, char **argv)
{
    int dis = 0;
    int i = 1;
    const char *command = NULL;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--dis") == 0) {
            dis = 1;
        } else if (strcmp(a, "-c") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n%s", usage);
                return 2;
            }
            command = argv[++i];
            break;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("Python %s (ouro %s)\n", OU_PYTHON_VERSION, OU_VERSION);
            return 0;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "Unknown option: %s\n%s", a, usage);
            return 2;
        } else {
            break;
        }
    }
    if (command == NULL && i >= argc) {
        fprintf(stderr, "ouro: the interactive prompt is not available yet; give a script\n%s", usage);
        return 2;
    }

    char *src;
    size_t len = 0;
    const char *filename;
    if (command != NULL) {
        src = strdup(command);
        len = strlen(command);
        filename = "<string>";
        argv[i] = "-c";
    } else {
        filename = argv[i];
        src = read_file(filename, &len);
        if (src == NULL) {
            char *abs = realpath(filename, NULL);
            int e = errno;
            fprintf(stderr, "ouro: can't open file '%s': [Errno %d] %s\n", abs ? abs : filename, e, strerror(e));
            free(abs);
            return 2;
        }
    }
    if (ou_runtime_init(argc - i, argv + i) < 0) {
        free(src);
        return 1;
    }
    if (command == NULL) {
        // Source files are UTF-8 (PEP 263 coding declarations are not
        // supported): report the first bad byte as CPython words it.
        int bad_line;
        unsigned char bad_byte;
        if (ou_lexer_find_bad_utf8(src, len, &bad_line, &bad_byte)) {
            free(src);
            ou_err_format(&ou_exc_SyntaxError,
                          "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                          "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                          bad_byte, filename, bad_line);
            int status = handle_exception();
            ou_runtime_finalize();
            return finish(status);
        }
        OuObject *file = ou_str_from_cstr(filename);
        if (file == NULL || ou_dict_setitem_str(ou_module_dict(ou_state.main_module), "__file__", file) < 0)
            ou_err_clear();
        OU_XDECREF(file);
    }
    int status = run_source(src, len, filename, dis);
    free(src);
    fflush(stdout);
    ou_runtime_finalize();
    return finish(status);
}
