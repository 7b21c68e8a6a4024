#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every option of every command, given awkward values (issue 14): negative, huge, not a
number, infinite, empty, control characters, text where a number goes; then seeded random
combinations of options. Whatever the value, the tool must answer with exit code 0, 1 or 2 and
never crash, hang, print raw control characters, or exit 0 after a message of failure; a usage
error (2) must name what is wrong on standard error and print nothing on standard output.

The options come from each command's `--help`, so a new option is fuzzed without a change
here; a new command needs its minimal invocation in BASE (the test fails until it has one).

Usage: argument_fuzz.py ASCN_TOOL WORK_FOLDER [RANDOM_RUNS]
"""
import os
import random
import re
import subprocess
import sys

# The least each command needs to run on the embedded ASCN (files go under the work folder).
BASE = {
    "summary": [],
    "show": ["makassar"],
    "export": ["--format", "json", "--output", "{work}/export.json"],
    "cluster": [],
    "path": ["--from", "singapore", "--to", "makassar"],
    "mentors": ["--city", "makassar", "--focus", "environment"],
    "recommend": ["business"],
    "distances": ["--from", "makassar"],
    "communities": [],
    "centrality": ["--measure", "betweenness"],
    "brokers": [],
    "weak-points": [],
    "whatif": ["--drop", "jica"],
    "impact": [],
    "assign": ["--costs", "{work}/costs.csv"],
    "timeline": [],
    "evolve": [],
    "plans": [],
    "report": ["--no-map", "--output", "{work}/report"],
    "completion": ["bash"],
}
# Slow enough that only values most options refuse are tried on them.
SLOW = {"report", "impact", "evolve"}
REFUSED = ["-1", "nan", "abc", "", "\x1b[31m"]

VALUES = ["-1", "0", "1", "3", "-0", "18446744073709551615", "18446744073709551616",
          "99999999999999999999", "1e308", "-1e308", "1e-320", "inf", "-inf", "nan", "",
          "abc", "1.5", "2,3", "\x1b[31m", "\x07", "ü", "--", "2018", "1:0", "0:1", "a,b,c"]


def help_options(tool, command):
    text = subprocess.run([tool, command, "--help"], capture_output=True, text=True,
                          timeout=60).stdout
    options = []
    for line in text.splitlines():
        m = re.match(r"\s+(--[a-z][a-z0-9-]*)(?:\s+([A-Z:]+))?", line)
        if m and m.group(1) not in ("--help",):
            options.append((m.group(1), m.group(2) is not None))  # (name, takes a value)
    return options


def main():
    tool, work = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 150
    os.makedirs(work, exist_ok=True)
    with open(os.path.join(work, "costs.csv"), "w") as f:
        f.write("row,a,b\nx,1,2\ny,3,1\n")
    top = subprocess.run([tool, "--help"], capture_output=True, text=True).stdout
    commands = re.findall(r"^  ([a-z-]+)\s{2,}", top.split("Subcommands:")[1], re.M)
    failures = []
    missing = [c for c in commands if c not in BASE]
    if missing:
        failures.append(f"no minimal invocation for {missing}: add them to BASE")

    def run(command, extra):
        args = [a.replace("{work}", work) for a in [command, *BASE.get(command, []), *extra]]
        try:
            p = subprocess.run([tool, *args, "--quiet"] if command != "completion"
                               else [tool, *args], capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            failures.append(f"hangs: ascn {' '.join(args)}")
            return None
        out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
        what = f"ascn {' '.join(repr(a) if not a.isprintable() else a for a in args)}"
        if p.returncode not in (0, 1, 2):
            failures.append(f"exit {p.returncode}: {what}\n{err[-300:]}")
        if "\x1b" in err or "\x07" in err or ("\x1b" in out and command != "completion"):
            failures.append(f"raw control character on the terminal: {what}")
        if "terminate called" in err or "AddressSanitizer" in err or "runtime error" in err:
            failures.append(f"crash text: {what}\n{err[-300:]}")
        if p.returncode == 2 and (not err.strip() or out.strip()):
            failures.append(f"usage error without a message, or with output: {what}")
        if p.returncode == 0 and err.lower().startswith("ascn: error"):
            failures.append(f"exit 0 after an error message: {what}")
        return p.returncode

    options = {c: help_options(tool, c) for c in commands}
    tried = 0
    for command in commands:
        for name, takes_value in options[command]:
            if name in ("--input", "--output", "--scenario", "--points", "--costs", "--tables"):
                continue  # paths: the bad-input tests try those
            if not takes_value:
                if command not in SLOW:
                    run(command, [name])
                    tried += 1
                continue
            for value in (VALUES if command not in SLOW else REFUSED):
                run(command, [name, value])
                tried += 1
    # Seeded random combinations of two or three options of one command.
    rng = random.Random(14)
    fast = [c for c in commands if c not in SLOW and options[c]]
    for _ in range(runs):
        command = rng.choice(fast)
        extra = []
        for name, takes_value in rng.sample(options[command], min(3, len(options[command]))):
            if name in ("--input", "--output", "--scenario", "--points", "--costs", "--tables"):
                continue
            extra += [name, rng.choice(VALUES)] if takes_value else [name]
        run(command, extra)
        tried += 1
    print(f"{tried} invocations over {len(commands)} commands")
    for f in failures[:40]:
        print("FAILED:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
