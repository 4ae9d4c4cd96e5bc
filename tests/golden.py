#!/usr/bin/env python3
"""Golden script tests for ouro: run a script, compare with CPython 3.11's output.

    golden.py --ouro BIN [SCRIPT...]   check SCRIPT(s) against their expectations
                                       (no SCRIPT: every script, with a summary)
    golden.py --regen [SCRIPT...]      rewrite expectations by running python3.11
                                       (no SCRIPT: every script)
    golden.py --check-cpython          fail if python3.11 disagrees with any
                                       committed expectation

SCRIPT is a path relative to tests/ (``py/int/bigint_pow.py``), though a path
relative to the current directory or an absolute one is accepted too; a folder
(``py/int``) stands for every script below it. Every
interpreter is started from tests/ with that relative path, PYTHONHASHSEED=0,
stdin from /dev/null and a 60 s timeout. CPython 3.11 prints the main
script's path made absolute in tracebacks, so the tests/ directory prefix is
removed from both interpreters' output before comparing.

tests/py/**/NAME.py        NAME.out holds the expected stdout; exit status 0.
tests/programs/**/NAME.py  the same, for longer whole programs.
tests/errors/**/NAME.py    NAME.out (optional, else empty) stdout, NAME.err the
                           whole stderr, NAME.status the exit status.

Directives, in the comment lines at the top of a script:
    # skip: REASON    ouro does not run it yet: "skipped: REASON", exit 77
    # args: A B ...   extra command-line arguments (shell-style quoting)
    # stdin: FILE     feed FILE (relative to the script's folder) on stdin
    # ouro-only       the expectation is ouro's on purpose; --regen and
                      --check-cpython leave the script alone
    # helper: REASON  not a test but a module other scripts import: skipped
                      like `skip`, and left alone by --regen and --check-cpython

Exit status: 0 pass, 1 fail, 77 skipped (CTest's SKIP_RETURN_CODE).
"""

import argparse
import concurrent.futures
import difflib
import os
import shlex
import shutil
import subprocess
import sys

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
AREAS = ("py", "errors", "programs")
# Areas whose scripts must succeed: their expectation is stdout alone.
STDOUT_AREAS = ("py", "programs")
TIMEOUT = 60
SKIP_STATUS = 77
CPYTHON = "python3.11"
DIRECTIVE_LINES = 10


class Script:
    """One golden script: its path relative to tests/ and its directives."""

    def __init__(self, rel):
        self.rel = rel
        self.path = os.path.join(TESTS_DIR, rel)
        self.kind = rel.split("/", 1)[0]
        self.base = self.path[:-3]
        self.skip = None
        self.args = []
        self.stdin = None
        self.ouro_only = False
        self.helper = False
        self._read_directives()

    def _read_directives(self):
        # Bytes, not text: some error scripts are deliberately not UTF-8.
        with open(self.path, "rb") as f:
            head = f.read(4096).decode("utf-8", "replace").splitlines()
        for line in head[:DIRECTIVE_LINES]:
            line = line.strip()
            if not line.startswith("#"):
                continue
            body = line[1:].strip()
            key, sep, value = body.partition(":")
            key, value = key.strip(), value.strip()
            if key == "skip" and sep:
                self.skip = value or "no reason given"
            elif key == "helper" and sep:
                self.helper = True
                self.skip = "helper module: " + (value or "imported by other scripts")
            elif key == "args" and sep:
                self.args = shlex.split(value)
            elif key == "stdin" and sep:
                self.stdin = os.path.join(os.path.dirname(self.path), value)
            elif body == "ouro-only":
                self.ouro_only = True

    def expected_path(self, suffix):
        return self.base + suffix


def to_rel(arg):
    """Map a command-line path (script or folder) to its path relative to tests/."""
    candidates = [arg] if os.path.isabs(arg) else [os.path.join(TESTS_DIR, arg), os.path.abspath(arg)]
    for cand in candidates:
        if os.path.exists(cand):
            rel = os.path.relpath(os.path.realpath(cand), os.path.realpath(TESTS_DIR))
            rel = rel.replace(os.sep, "/")
            if rel.split("/", 1)[0] not in AREAS or not (os.path.isdir(cand) or rel.endswith(".py")):
                sys.exit("golden.py: %s is not a script or folder under tests/py, tests/errors or tests/programs" % arg)
            return rel
    sys.exit("golden.py: no such script: %s" % arg)


def scripts_under(rel):
    top = os.path.join(TESTS_DIR, rel)
    if os.path.isfile(top):
        return [rel]
    found = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.relpath(os.path.join(root, name), TESTS_DIR)
                found.append(path.replace(os.sep, "/"))
    return found


def scripts_from(args):
    """Scripts named by ARGS (files or folders), or every script."""
    rels = []
    for top in ([to_rel(a) for a in args] if args else list(AREAS)):
        rels.extend(scripts_under(top))
    return [Script(r) for r in rels]


def environment():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    # Both interpreters must write UTF-8 whatever the caller's locale.
    env["PYTHONUTF8"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    # Imports in the tests must not leave __pycache__ folders in the tree.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for var in ("PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONDEVMODE", "PYTHONINSPECT",
                "PYTHONOPTIMIZE", "PYTHONPATH", "PYTHONFAULTHANDLER"):
        env.pop(var, None)
    return env


class Result:
    def __init__(self, stdout, stderr, status, note=None):
        self.stdout, self.stderr, self.status, self.note = stdout, stderr, status, note


def strip_tests_dir(data):
    # CPython 3.11 makes the main script's path absolute (`File "/.../tests/
    # errors/x.py"`, the Non-UTF-8 message); expectations must not depend on
    # where the tree is checked out, so both interpreters' output is cut back
    # to the path relative to tests/.
    for prefix in {TESTS_DIR, os.path.realpath(TESTS_DIR)}:
        data = data.replace(os.fsencode(prefix + os.sep), b"")
    return data


def run(binary, script):
    """Run BINARY on SCRIPT the one way every comparison uses."""
    cmd = [binary, script.rel] + script.args
    stdin = open(script.stdin, "rb") if script.stdin else subprocess.DEVNULL
    try:
        p = subprocess.run(cmd, cwd=TESTS_DIR, env=environment(), stdin=stdin,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
        return Result(strip_tests_dir(p.stdout), strip_tests_dir(p.stderr), p.returncode)
    except subprocess.TimeoutExpired as e:
        return Result(e.stdout or b"", e.stderr or b"", None, "timed out after %d s" % TIMEOUT)
    except OSError as e:
        return Result(b"", b"", None, "cannot run %s: %s" % (binary, e))
    finally:
        if script.stdin:
            stdin.close()


def read_bytes(path, default=None):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


def text(b):
    return b.decode("utf-8", "backslashreplace")


def diff(name, expected, actual):
    lines = difflib.unified_diff(text(expected).splitlines(True), text(actual).splitlines(True),
                                 "expected " + name, "actual " + name)
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def expectations(script):
    """(stdout, stderr or None, status) the script must produce; None if missing."""
    if script.kind in STDOUT_AREAS:
        out = read_bytes(script.expected_path(".out"))
        if out is None:
            return None
        return out, None, 0
    err = read_bytes(script.expected_path(".err"))
    status = read_bytes(script.expected_path(".status"))
    if err is None or status is None:
        return None
    try:
        code = int(status.decode().strip())
    except ValueError:
        return None
    return read_bytes(script.expected_path(".out"), b""), err, code


def compare(script, result, who):
    """The list of problems (strings) with RESULT against SCRIPT's expectations."""
    if result.note:
        problems = ["%s: %s" % (script.rel, result.note)]
        if result.stderr:
            problems.append("stderr:\n" + text(result.stderr))
        return problems
    exp = expectations(script)
    if exp is None:
        return ["%s: no expectation; run `python3 tests/golden.py --regen %s`" % (script.rel, script.rel)]
    out, err, status = exp
    problems = []
    if result.stdout != out:
        problems.append(diff("stdout", out, result.stdout))
    if err is not None and result.stderr != err:
        problems.append(diff("stderr", err, result.stderr))
    if result.status != status:
        problems.append("exit status: expected %d, %s gave %s" % (status, who, result.status))
    if problems and script.kind in STDOUT_AREAS and result.stderr:
        problems.append("stderr:\n" + text(result.stderr))
    return problems


def cmd_ouro(binary, args):
    binary = os.path.abspath(binary) if os.sep in binary else binary
    scripts = scripts_from(args)
    failed = skipped = 0
    for script in scripts:
        if script.skip is not None:
            print("skipped: %s" % script.skip if len(scripts) == 1 else
                  "SKIP %s: %s" % (script.rel, script.skip))
            skipped += 1
            continue
        problems = compare(script, run(binary, script), "ouro")
        if problems:
            failed += 1
            print("FAIL %s" % script.rel)
            for p in problems:
                sys.stdout.write(p if p.endswith("\n") else p + "\n")
        elif len(scripts) > 1:
            print("ok   %s" % script.rel)
    if len(scripts) > 1:
        print("%d scripts: %d passed, %d failed, %d skipped" %
              (len(scripts), len(scripts) - failed - skipped, failed, skipped))
    if failed:
        return 1
    return SKIP_STATUS if skipped and skipped == len(scripts) else 0


def cpython_is_311(binary):
    try:
        p = subprocess.run([binary, "-c", "import sys; print(sys.version_info[:2] == (3, 11))"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return p.stdout.strip() == b"True"


def write_if_changed(path, data):
    if read_bytes(path) == data:
        return False
    with open(path, "wb") as f:
        f.write(data)
    return True


def regen_one(script):
    """Write SCRIPT's expectations from python3.11; returns a line to print."""
    result = run(CPYTHON, script)
    if result.note:
        return "ERROR %s: %s" % (script.rel, result.note)
    if script.kind in STDOUT_AREAS:
        if result.status != 0:
            return "ERROR %s: python3.11 exited %s (scripts under py/ and programs/ must succeed):\n%s" % (
                script.rel, result.status, text(result.stderr))
        changed = write_if_changed(script.expected_path(".out"), result.stdout)
    else:
        changed = write_if_changed(script.expected_path(".err"), result.stderr)
        changed |= write_if_changed(script.expected_path(".status"), b"%d\n" % result.status)
        out_path = script.expected_path(".out")
        if result.stdout:
            changed |= write_if_changed(out_path, result.stdout)
        elif os.path.exists(out_path):
            os.remove(out_path)
            changed = True
    return ("wrote " if changed else "same  ") + script.rel


def parallel(fn, items):
    workers = min(8, os.cpu_count() or 2)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        return list(pool.map(fn, items))


def cmd_regen(args):
    if shutil.which(CPYTHON) is None or not cpython_is_311(CPYTHON):
        print("golden.py: --regen needs %s (CPython 3.11 exactly) on PATH; refusing" % CPYTHON)
        return 1
    scripts = [s for s in scripts_from(args) if not s.ouro_only and not s.helper]
    lines = parallel(regen_one, scripts)
    errors = 0
    for line in lines:
        if line.startswith("ERROR"):
            errors += 1
        if not line.startswith("same") or args:
            print(line)
    print("%d scripts regenerated, %d errors" % (len(scripts), errors))
    return 1 if errors else 0


def cmd_check_cpython():
    if shutil.which(CPYTHON) is None:
        print("note: %s is not on PATH; expectations not re-derived" % CPYTHON)
        return 0
    if not cpython_is_311(CPYTHON):
        print("note: %s is not CPython 3.11; expectations not re-derived" % CPYTHON)
        return 0
    scripts = [s for s in scripts_from([]) if not s.ouro_only and not s.helper]
    results = parallel(lambda s: compare(s, run(CPYTHON, s), "python3.11"), scripts)
    failed = 0
    for script, problems in zip(scripts, results):
        if problems:
            failed += 1
            print("DIFFERS %s" % script.rel)
            for p in problems:
                sys.stdout.write(p if p.endswith("\n") else p + "\n")
    print("%d scripts checked against %s, %d differ" % (len(scripts), CPYTHON, failed))
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--ouro", metavar="BIN", help="check scripts with this ouro binary")
    mode.add_argument("--regen", action="store_true", help="rewrite expectations with python3.11")
    mode.add_argument("--check-cpython", action="store_true",
                      help="fail if python3.11 disagrees with a committed expectation")
    ap.add_argument("scripts", nargs="*", metavar="SCRIPT")
    opts = ap.parse_args()
    if opts.ouro:
        return cmd_ouro(opts.ouro, opts.scripts)
    if opts.regen:
        return cmd_regen(opts.scripts)
    if opts.scripts:
        ap.error("--check-cpython takes no scripts")
    return cmd_check_cpython()


if __name__ == "__main__":
    sys.exit(main())
