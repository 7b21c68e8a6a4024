# SPDX-License-Identifier: MIT
"""What the round-trip scripts of tests/io share: running the tool, and comparing networks as
ascn means them (links by their declared ends, whichever way round another tool wrote them)."""
import json
import pathlib
import subprocess
import sys


def run(ascn, *args):
    """The tool's standard output; exits the script, naming the command, if the tool fails."""
    done = subprocess.run([ascn, *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"FAIL: ascn {' '.join(args)}: exit {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def declared(link):
    """A link as ascn means it: from its declared source (`from` if given) to the other end."""
    src, dst = link["source"], link["target"]
    if link.get("from", src) != src:
        src, dst = dst, src
    rest = {k: v for k, v in link.items() if k not in ("source", "target", "from", "key")}
    return json.dumps([src, dst, rest], sort_keys=True, ensure_ascii=False)


def differences(original, back):
    """What differs between two node-link documents of ascn: node ids whose attributes differ,
    and how many links are not in both (as multisets of declared links)."""
    nodes = {n["id"]: n for n in original["nodes"]}
    nodes_back = {n["id"]: n for n in back["nodes"]}
    differ = sorted(i for i in nodes.keys() | nodes_back.keys()
                    if nodes.get(i) != nodes_back.get(i))
    links = sorted(declared(l) for l in original["links"])
    links_back = sorted(declared(l) for l in back["links"])
    unmatched = 0 if links == links_back else len(set(links) ^ set(links_back)) or 1
    return differ, unmatched


SKIP = 77  # the exit code CTest counts as skipped


def arguments_and_networkx(doc):
    """The tool and the work folder from the command line (made if need be), and NetworkX; exits
    with `doc` on wrong arguments, and with SKIP when NetworkX is missing."""
    if len(sys.argv) != 3:
        sys.exit(doc)
    try:
        import networkx
    except ImportError:
        print("skipped: NetworkX is not installed (Debian: python3-networkx)")
        sys.exit(SKIP)
    work = pathlib.Path(sys.argv[2])
    work.mkdir(parents=True, exist_ok=True)
    return sys.argv[1], work, networkx
