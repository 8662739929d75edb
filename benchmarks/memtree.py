"""The memory of a whole process tree: a command and every process it starts (issue #23).

A forked process shares its parent's pages until one of them writes a page, so the resident set
sizes of a parent and its forks, added up, count the shared pages twice or more. The figure here
is the sum of the proportional set sizes (``Pss`` in ``/proc/PID/smaps_rollup``: each page shared
by k processes counts 1/k in each) over the command's process and all its descendants, sampled
every ``--interval`` seconds (1 by default, as the lead's sampler of round 11); the peak of that
sum is printed, with each process's share at the peak (children in the order they started, their
start in seconds after the command's). Linux only (``/proc``).

Run: ``python benchmarks/memtree.py [--interval 1] [--out FILE] -- corpus-tools report FOLDER -o OUT``
(the command's own output goes to this process's; its exit status is this script's).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: str) -> tuple[int, float] | None:
    """(parent pid, start in seconds since boot) of process ``pid``; None once it has ended."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), int(fields[19]) / TICKS


def _pss(pid: int) -> int:
    """Proportional set size of ``pid`` in KiB (0 once it has ended)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return next((int(line.split()[1]) for line in f if line.startswith("Pss:")), 0)
    except (OSError, ValueError):
        return 0


def _snapshot(root: int) -> dict[int, tuple[int, float, int]]:
    """``root`` and its descendants: pid -> (parent pid, start in seconds since boot, PSS in KiB)
    (the PSS, which costs the kernel a walk of the process's pages, read for these only)."""
    stats = {int(p): st for p in os.listdir("/proc") if p.isdigit() and (st := _stat(p)) is not None}
    return {pid: (*stats[pid], _pss(pid)) for pid in tree(root, stats)}


def tree(root: int, procs: dict) -> list[int]:
    """``root`` and its descendants among ``procs`` (pid -> a tuple, the parent pid first), root first."""
    kids: dict[int, list[int]] = {}
    for pid, (ppid, *_) in procs.items():
        kids.setdefault(ppid, []).append(pid)
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        if pid in procs:
            found.append(pid)
            stack.extend(kids.get(pid, []))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between samples")
    parser.add_argument("--out", help="also write the result line and the breakdown to this file")
    parser.add_argument("--trace", help="each sample to this file: seconds, sum, each process (MiB)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- the command and its arguments")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command after --")
    start = time.monotonic()
    child = subprocess.Popen(command)
    peak, at_peak, when, started = 0, [], 0.0, None
    trace = open(args.trace, "w") if args.trace else None  # noqa: SIM115 - open while the command runs
    while child.poll() is None:
        procs = _snapshot(child.pid)
        pids = list(procs)
        if started is None and child.pid in procs:
            started = procs[child.pid][1]
        total = sum(procs[p][2] for p in pids)
        if trace is not None:
            each = " ".join(f"{p}:{procs[p][2] // 1024}" for p in sorted(pids, key=lambda p: procs[p][1]))
            trace.write(f"{time.monotonic() - start:.0f} {total // 1024} {each}\n")
            trace.flush()
        if total > peak:
            peak, when = total, time.monotonic() - start
            at_peak = sorted(((procs[p][1], p, procs[p][2]) for p in pids), key=lambda t: (t[0], t[1]))
        time.sleep(args.interval)
    wall = time.monotonic() - start
    if trace is not None:
        trace.close()
    head = f"tree peak PSS {peak / 1024:.0f} MiB at {when:.0f} s of {wall:.1f} s wall"
    lines = [f"{head}, exit {child.returncode}"]
    for began, pid, pss in at_peak:
        role = "command" if pid == child.pid else "child"
        lines.append(f"  {role} {pid}: {pss / 1024:.0f} MiB, started at {began - (started or began):.0f} s")
    text = "\n".join(lines)
    print(text, file=sys.stderr)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
