#!/usr/bin/env python3
"""Time each bench/*.py under ouro and python3.11 and print a table.

    python3 bench/run.py [OURO] [--runs N] [NAME...]

OURO defaults to ./build/ouro. Each benchmark runs N times (default 3) under
each interpreter with PYTHONHASHSEED=0; the best wall time counts. The two
interpreters' outputs are compared too: a benchmark whose output differs is
flagged, since a fast wrong answer is not a result.
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)


def best_of(cmd, runs):
    """(best wall seconds, stdout of the last run, exit status) for CMD."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    best, out, status = None, b"", 0
    for _ in range(runs):
        start = time.perf_counter()
        try:
            p = subprocess.run(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
        except (OSError, subprocess.TimeoutExpired) as e:
            return None, b"", str(e)
        elapsed = time.perf_counter() - start
        out, status = p.stdout, p.returncode
        if status != 0:
            return None, out, "exit %d" % status
        best = elapsed if best is None else min(best, elapsed)
    return best, out, status


def fmt(seconds):
    return "%8.3f s" % seconds if seconds is not None else "  failed"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ouro", nargs="?", default="./build/ouro")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    ap.add_argument("--runs", type=int, default=3)
    opts = ap.parse_args()

    ouro = os.path.abspath(opts.ouro)
    if not os.access(ouro, os.X_OK):
        sys.exit("bench/run.py: %s is not executable (run `make build` first)" % opts.ouro)
    cpython = shutil.which("python3.11")
    if cpython is None:
        print("note: python3.11 not found; timing ouro only")

    scripts = sorted(glob.glob(os.path.join(BENCH_DIR, "*.py")))
    scripts = [s for s in scripts if os.path.basename(s) != "run.py"]
    if opts.names:
        scripts = [s for s in scripts if os.path.basename(s)[:-3] in opts.names]

    print("%-12s %10s %10s %8s  %s" % ("benchmark", "ouro", "python3.11", "ratio", "note"))
    for script in scripts:
        name = os.path.basename(script)[:-3]
        rel = os.path.relpath(script, ROOT)
        t_ouro, out_ouro, st_ouro = best_of([ouro, rel], opts.runs)
        t_cpy, out_cpy, st_cpy = (None, b"", "absent")
        if cpython:
            t_cpy, out_cpy, st_cpy = best_of([cpython, rel], opts.runs)
        notes = []
        if t_ouro is None:
            notes.append("ouro: %s" % st_ouro)
        if cpython and t_cpy is None:
            notes.append("python3.11: %s" % st_cpy)
        if t_ouro is not None and t_cpy is not None and out_ouro != out_cpy:
            notes.append("OUTPUT DIFFERS")
        ratio = "%7.2fx" % (t_ouro / t_cpy) if t_ouro and t_cpy else "      -"
        print("%-12s %10s %10s %8s  %s" % (name, fmt(t_ouro), fmt(t_cpy), ratio, "; ".join(notes)))
    print("ratio = ouro time / python3.11 time (lower is better), best of %d wall-clock runs" % opts.runs)


if __name__ == "__main__":
    main()
