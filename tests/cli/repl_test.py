#!/usr/bin/env python3
"""Drive ouro's interactive prompt through a real pseudo-terminal.

    repl_test.py OURO

Each check types at the prompt as a user would (keys, Tab, the up arrow,
Ctrl-C, Ctrl-D) and waits for what the screen should show. HOME points at a
fresh directory, so the history file is the test's own.

Exit status: 0 pass, 1 fail, 77 when no pseudo-terminal can be opened.
"""

import os
import re
import select
import signal
import sys
import tempfile
import time

TIMEOUT = 10
UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"
# Terminal control sequences libedit writes while redrawing the line.
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\x1b[=>]|\r|\x07|\x08")


class Session:
    """One ouro process on the slave side of a pseudo-terminal."""

    def __init__(self, binary, home, args=()):
        env = dict(os.environ, HOME=home, TERM="xterm", LC_ALL="C.UTF-8", PYTHONHASHSEED="0")
        env.pop("EDITRC", None)
        pid, fd = os.forkpty()
        if pid == 0:
            try:
                os.execve(binary, [binary] + list(args), env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        self.raw = b""          # everything read so far
        self.seen = 0           # how much of `screen` the last expect consumed
        self.status = None

    @property
    def screen(self):
        return ESCAPES.sub(b"", self.raw).decode("utf-8", "replace")

    def send(self, text):
        os.write(self.fd, text.encode())

    def line(self, text):
        self.send(text + "\r")

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:         # EIO: the child has gone
            data = b""
        if not data:
            return None
        self.raw += data
        return True

    def expect(self, pattern, timeout=TIMEOUT):
        """Wait until `pattern` (a regex) appears after the last match."""
        deadline = time.time() + timeout
        rx = re.compile(pattern)
        while True:
            m = rx.search(self.screen, self.seen)
            if m:
                self.seen = m.end()
                return m
            left = deadline - time.time()
            if left <= 0:
                return None
            if self._read(left) is None:
                m = rx.search(self.screen, self.seen)
                if m:
                    self.seen = m.end()
                return m

    def prompt(self):
        return self.expect(r">>> ")

    def wait(self, timeout=TIMEOUT):
        """The exit status (negative: killed by that signal), or None."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            self._read(0.05)
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
        return None

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        os.close(self.fd)


class Checks:
    def __init__(self):
        self.failed = 0
        self.skipped = 0

    def check(self, name, ok, session=None):
        if ok:
            print("ok   %s" % name)
            return True
        self.failed += 1
        print("FAIL %s" % name)
        if session is not None:
            print("---- screen since the last match ----")
            print(session.screen[session.seen - 200 if session.seen > 200 else 0:])
            print("-------------------------------------")
        return False

    def skip(self, name, why):
        self.skipped += 1
        print("SKIP %s: %s" % (name, why))


def main_session(binary, home, c):
    s = Session(binary, home)
    try:
        c.check("banner and prompt", s.expect(r"ouro [0-9.]+ \(Python 3\.11") and s.prompt(), s)

        s.line("1 + 2")
        c.check("expression result", s.expect(r"\n3\n") and s.prompt(), s)

        s.line("None")
        c.check("None is not echoed", s.expect(r"None\n>>> "), s)

        s.line("def f(x):")
        ok = s.expect(r"\.\.\. ")
        s.line("    return x * 2")
        ok = ok and s.expect(r"\.\.\. ")
        s.line("")
        ok = ok and s.prompt()
        s.line("f(21)")
        c.check("multi-line def, then a call", ok and s.expect(r"\n42\n") and s.prompt(), s)

        s.line("_ + 1")
        c.check("_ holds the last result", s.expect(r"\n43\n") and s.prompt(), s)

        s.line("1 / 0")
        ok = s.expect(r"Traceback \(most recent call last\):\n  File \"<stdin>\", line 1, in <module>\n")
        ok = ok and s.expect(r"ZeroDivisionError: division by zero\n") and s.prompt()
        s.line("f(5)")
        c.check("traceback, then the session goes on", ok and s.expect(r"\n10\n") and s.prompt(), s)

        s.line("x = (1 +* 2)")
        ok = s.expect(r"  File \"<stdin>\", line 1\n    x = \(1 \+\* 2\)\n {12}\^\nSyntaxError: invalid syntax\n")
        c.check("syntax error caret under the right column", ok and s.prompt(), s)

        s.line("t = (1,")
        ok = s.expect(r"\.\.\. ")
        s.line(" 2)")
        ok = ok and s.prompt()
        s.line("t")
        c.check("open bracket continues the statement", ok and s.expect(r"\(1, 2\)\n") and s.prompt(), s)

        s.send("abc")
        time.sleep(0.2)
        s.send(CTRL_C)
        ok = s.expect(r"\nKeyboardInterrupt\n") and s.prompt()
        s.line("6 * 7")
        c.check("Ctrl-C at the prompt discards the line", ok and s.expect(r"\n42\n") and s.prompt(), s)

        s.line("for i in range(2):")
        ok = s.expect(r"\.\.\. ")
        s.line("    print('row', i)")
        ok = ok and s.expect(r"\.\.\. ")
        s.line("")
        ok = ok and s.expect(r"row 0\nrow 1\n") and s.prompt()
        time.sleep(0.3)
        s.send(UP)
        time.sleep(0.2)
        s.line("")
        ok = ok and s.expect(r"row 0\nrow 1\n") and s.prompt()
        c.check("up arrow recalls a whole block", ok, s)

        s.line("import sys, math")
        s.prompt()
        s.send("sys.getref\t")
        time.sleep(0.3)
        s.line("[])")
        c.check("Tab completes an attribute (sys.getref -> sys.getrefcount()",
                s.expect(r"sys\.getrefcount\(\[\]\)\n1\n") and s.prompt(), s)
        s.send("math.facto\t")
        time.sleep(0.3)
        s.line("5)")
        c.check("Tab completes a module function (math.facto)", s.expect(r"\n120\n") and s.prompt(), s)
        s.line("long_name_for_test = 9")
        s.prompt()
        s.send("long_name_f\t")
        time.sleep(0.3)
        s.line("")
        c.check("Tab completes a global name", s.expect(r"\n9\n") and s.prompt(), s)
        s.send("whi\t")
        time.sleep(0.3)
        s.send(CTRL_C)
        s.expect(r"KeyboardInterrupt\n")
        c.check("Tab completes a keyword", "while " in s.screen, s)
        s.prompt()

        s.send(CTRL_D)
        status = s.wait()
        c.check("Ctrl-D leaves with status 0", status == 0, s)
    finally:
        s.close()
    hist = os.path.join(home, ".ouro_history")
    text = open(hist, encoding="utf-8", errors="replace").read() if os.path.exists(hist) else ""
    c.check("history saved to ~/.ouro_history", "f(21)" in text)


def second_session(binary, home, c):
    s = Session(binary, home)
    try:
        s.prompt()
        time.sleep(0.3)
        s.send(UP)
        time.sleep(0.2)
        s.line("")
        c.check("history persists across sessions",
                s.expect(r"long_name_for_test\n[\s\S]*NameError", timeout=TIMEOUT) and s.prompt(), s)
        s.line("exit")
        c.check("repr of exit", s.expect(r"Use exit\(\) or Ctrl-D \(i\.e\. EOF\) to exit\n") and s.prompt(), s)
        s.line("quit(3)")
        c.check("quit(3) leaves with status 3", s.wait() == 3, s)
    finally:
        s.close()


def interrupt_session(binary, home, c):
    s = Session(binary, home, ["-q"])
    try:
        s.prompt()
        s.line("n = 0")
        s.prompt()
        s.line("while True: n += 1")
        s.expect(r"\.\.\. ")
        s.line("")
        time.sleep(0.5)
        s.send(CTRL_C)
        m = s.expect(r"KeyboardInterrupt\n", timeout=3)
        c.check("Ctrl-C interrupts running code", m, s)
        if not m:
            return
        ok = s.expect(r"Traceback \(most recent call last\):|") is not None and s.prompt()
        s.line("n > 0")
        c.check("Ctrl-C during `while True` raises KeyboardInterrupt, then the prompt",
                ok and s.expect(r"True\n") and s.prompt(), s)
        s.line("exit()")
        c.check("exit() leaves with status 0", s.wait() == 0, s)
    finally:
        s.close()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    try:
        pid, fd = os.forkpty()
    except OSError as e:
        print("skipped: no pseudo-terminal (%s)" % e)
        return 77
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    os.close(fd)
    c = Checks()
    with tempfile.TemporaryDirectory(prefix="ouro-repl-") as home:
        main_session(binary, home, c)
        second_session(binary, home, c)
        interrupt_session(binary, home, c)
    print("%d failed, %d skipped" % (c.failed, c.skipped))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
