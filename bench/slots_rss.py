"""Peak memory of a million slotted objects against a million ordinary ones.

    python3 bench/slots_rss.py --compare [OURO]    # the table, both interpreters
    ouro bench/slots_rss.py slots|plain|none       # one measurement

One process per measurement, since the peak resident size (VmHWM in
/proc/self/status) only ever grows. Each child builds N objects with two
attributes, keeps them in a list, and prints its peak RSS in KiB; `none`
measures the interpreter's own baseline, which the table subtracts.

Run with no argument (as bench/run.py does), the script builds both lists in
one process and prints only what does not depend on the interpreter.
"""

import sys

N = 1000000


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b


def peak_rss_kib():
    with open('/proc/self/status') as f:
        for line in f.read().split('\n'):
            if line.startswith('VmHWM:'):
                return int(line.split()[1])
    return -1


def build(cls):
    return [cls(i, i) for i in range(N)]


def child(mode):
    objs = None
    if mode == 'slots':
        objs = build(Slotted)
    elif mode == 'plain':
        objs = build(Plain)
    print(mode, peak_rss_kib(), 0 if objs is None else len(objs))


def compare(ouro):
    import subprocess
    rows = []
    for name, cmd in (('ouro', [ouro]), ('python3.11', ['python3.11'])):
        peaks = {}
        for mode in ('none', 'slots', 'plain'):
            out = subprocess.run(cmd + [__file__, mode], check=True, stdout=subprocess.PIPE,
                                 universal_newlines=True).stdout.split()
            peaks[mode] = int(out[1])
        rows.append((name, peaks))
    print('%-12s %14s %14s %14s %8s' % ('', 'baseline KiB', 'slotted KiB', 'plain KiB', 'ratio'))
    for name, p in rows:
        s = p['slots'] - p['none']
        o = p['plain'] - p['none']
        print('%-12s %14d %14d %14d %8.2f' % (name, p['none'], s, o, s / o))


def main():
    args = sys.argv[1:]
    if args and args[0] == '--compare':
        compare(args[1] if len(args) > 1 else './build/ouro')
    elif args:
        child(args[0])
    else:
        a = build(Slotted)
        b = build(Plain)
        print(len(a), len(b), a[-1].a + b[-1].b)


main()
