#!/usr/bin/env python3
"""Command-line forms golden.py cannot express (options before the script,
-c, programs on stdin, bad options), run with both ouro and python3.11 and
compared: stdout, stderr and exit status.

    cmdline_test.py OURO

CPython names itself by its full path in usage and "can't open" messages;
that name is replaced by "ouro" (and `python -h` by `ouro -h`) before
comparing. Exit status: 0 pass, 1 fail, 77 without python3.11.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

CPYTHON = "python3.11"

# (arguments, stdin bytes or None)
CASES = [
    (["-c", "import sys; print(sys.argv)", "a", "b"], None),
    (["-c", "print(1)", "-i", "--foo"], None),
    (["-Bc", "print('clustered')"], None),
    (["-cprint('attached')"], None),
    (["-X", "foo", "-c", "print('x ignored')"], None),
    (["-Xdev", "-W", "ignore", "-E", "-s", "-c", "print('accepted')"], None),
    (["-c", "raise SystemExit(3)"], None),
    (["-c", "raise SystemExit('bye')"], None),
    (["-c", "1/0"], None),
    (["-c", "x = (1 +* 2)"], None),
    (["-c", "exit(5)"], None),
    (["-S", "-c", "print('exit' in dir(__builtins__))"], None),
    (["--foo"], None),
    (["-Z"], None),
    (["-c"], None),
    (["-X"], None),
    (["no_such_script.py"], None),
    (["--", "-c"], None),
    (["-"], b"import sys\nprint(sys.argv)\n"),
    (["-", "a1", "a2"], b"import sys\nprint(sys.argv)\n"),
    ([], b"print('piped')\nx = 2\nprint(x * 21)\n"),
    ([], b"import sys\nprint(sys.argv)\nprint(__name__)\n"),
    ([], b"print('before')\n1/0\nprint('after')\n"),
    ([], b"print(1)\nx = 1 +* 2\n"),
    ([], b"import sys\nsys.exit(4)\n"),
    (["-i", "-c", "x = 5"], b"x\nx * 2\n"),
    (["-i", "-c", "1/0"], b"print('still here')\n"),
    (["-i", "-c", "raise SystemExit(4)"], b"print('still here')\n"),
    (["-i", "-c", "pass"], b"exit(6)\n"),
    (["-i", "-c", "pass"], b"for i in range(2):\n    print(i)\n\nprint('done')\n"),
]


def env():
    e = dict(os.environ, PYTHONHASHSEED="0", PYTHONUTF8="1", LC_ALL="C.UTF-8")
    for var in ("PYTHONSTARTUP", "PYTHONINSPECT", "PYTHONPATH", "PYTHONWARNINGS"):
        e.pop(var, None)
    return e


def run(binary, args, stdin, cwd):
    p = subprocess.run([binary] + args, input=stdin if stdin is not None else b"",
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(), cwd=cwd, timeout=60)
    return p.stdout, p.stderr, p.returncode


def cpython_names(err):
    text = err.decode("utf-8", "replace")
    m = re.search(r"usage: (\S+) \[option\]", text) or re.search(r"^(\S+): can't open file", text, re.M)
    if m:
        text = text.replace(m.group(1), "ouro")
    text = text.replace("Try `python -h'", "Try `ouro -h'")
    return text.encode()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    ouro = os.path.abspath(sys.argv[1])
    cpython = shutil.which(CPYTHON)
    if cpython is None:
        print("skipped: %s is not installed" % CPYTHON)
        return 77
    failed = 0
    with tempfile.TemporaryDirectory(prefix="ouro-cli-") as cwd:
        for args, stdin in CASES:
            want = run(cpython, args, stdin, cwd)
            want = (want[0], cpython_names(want[1]), want[2])
            got = run(ouro, args, stdin, cwd)
            name = "ouro %s%s" % (" ".join(args), " < %r" % stdin if stdin is not None else "")
            if got == want:
                print("ok   %s" % name)
                continue
            failed += 1
            print("FAIL %s" % name)
            for label, w, g in zip(("stdout", "stderr", "status"), want, got):
                if w != g:
                    print("  %s: python3.11 %r\n  %s: ouro       %r" % (label, w, label, g))
    # ouro's own answers (not CPython's): version, help, --dis.
    for args, pattern in ((["-V"], rb"^Python 3\.11\.\d+ \(ouro [0-9.]+\)\n$"),
                          (["--version"], rb"^Python 3\.11\.\d+ \(ouro [0-9.]+\)\n$"),
                          (["-h"], rb"^usage: ouro \[option\] \.\.\. "),
                          (["--dis", "-c", "x = 1"], rb"LOAD_CONST")):
        out, err, status = run(ouro, args, None, None)
        if re.search(pattern, out) and status == 0:
            print("ok   ouro %s" % " ".join(args))
        else:
            failed += 1
            print("FAIL ouro %s: status %s, stdout %r, stderr %r" % (" ".join(args), status, out, err))
    print("%d failed" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
