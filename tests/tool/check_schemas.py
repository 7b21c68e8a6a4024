#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Checks the tool's JSON contract (docs/cli.md, docs/schemas/).

    check_schemas.py ASCN SCHEMA_DIR WORK_DIR

runs every command that answers with --format json, on the embedded ASCN, on the sample
network of examples/howto-data/ (as JSON and as a CSV folder) and on the embedded ASCN exported
and read back, and validates each answer against docs/schemas/COMMAND.json (which refers to
envelope.json); whatever an answer writes to standard error must be in its envelope's
warnings. It also checks that the commands of `ascn --help`, the schemas (one per command with
--format json, none for others) and the sections of docs/cli.md agree. Exit status:
0 all good, 1 a failure (each one listed), 77 python3-jsonschema is missing (the test is then
skipped).
"""

import json
import pathlib
import re
import shlex
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("check_schemas: python3-jsonschema is not installed; skipped")
    sys.exit(77)

# The embedded ASCN: every command with a JSON answer, its options' main variants.
EMBEDDED = [
    ["summary"],
    ["summary", "--as-of", "2020", "--top", "3"],
    ["summary", "--top", "0"],
    ["show", "cebu-city"],
    ["show", "Kota Cebu"],
    ["show", "ID"],
    ["show", "jica"],
    ["show", "makassar", "--as-of", "2019"],
    ["cluster", "--k", "4", "--seed", "1"],
    ["cluster", "--method", "kmedoids", "--k", "3"],
    ["cluster", "--method", "agglomerative", "--k", "4", "--linkage", "average"],
    ["cluster", "--method", "dbscan", "--eps", "1.5", "--min-points", "3"],
    ["cluster", "--method", "dbscan", "--eps", "0.01"],
    ["cluster", "--method", "kmeans", "--k", "1"],
    ["cluster", "--features", "civic,health", "--scaling", "minmax", "--k", "2"],
    ["cluster", "--sweep", "2:8", "--seed", "1"],
    ["path", "--from", "singapore", "--to", "makassar", "--k", "3", "--focus", "environment"],
    ["path", "--from", "singapore", "--to", "makassar", "--widest"],
    ["path", "--from", "Kota Cebu", "--to", "makassar", "--focus", "Quality Environment"],
    ["path", "--from", "johor-bahru", "--to", "cebu-city", "--focus", "environment",
     "--stepping-stones"],
    ["path", "--from", "singapore", "--to", "makassar", "--weight", "hops", "--k", "2"],
    ["path", "--from", "singapore", "--to", "makassar", "--weight", "strength"],
    ["path", "--from", "singapore", "--to", "makassar", "--max-hops", "1"],  # no path
    ["path", "--from", "singapore", "--to", "makassar", "--via", "twinning"],  # no path
    ["mentors", "--city", "makassar", "--focus", "environment"],
    ["mentors", "--city", "makassar", "--focus", "health", "--frontrunners", "--n", "2"],
    ["recommend", "twinning", "--n", "5"],
    ["recommend", "business", "--capacity", "2", "--n", "6"],
    ["recommend", "peers", "--n", "5"],
    ["recommend", "peers", "--city", "makassar"],
    ["distances", "--from", "jica"],
    ["distances", "--from", "makassar", "--weight", "strength"],
    ["communities"],
    ["communities", "--method", "louvain", "--seed", "1", "--resolution", "2"],
    ["communities", "--weight", "strength"],
] + [["centrality", "--measure", m, "--top", "0"]
     for m in ["degree", "betweenness", "closeness", "harmonic", "pagerank", "eigenvector",
               "constraint", "effective-size"]] + [
    ["centrality", "--measure", "pagerank", "--weight", "strength", "--as-of", "2019"],
    ["brokers"],
    ["brokers", "--top", "0", "--weight", "strength"],
    ["weak-points"],
    ["weak-points", "--as-of", "2018"],
    ["timeline"],
    ["timeline", "--year", "2023"],
    ["timeline", "--kind", "hlm", "--as-of", "2022"],
    ["plans"],
    ["plans", "--city", "makassar"],
    ["export"],
    ["whatif", "--end-programme", "wise:2025"],
    ["whatif", "--drop-link", "yusa,chonburi,business-match,2018"],
    ["whatif", "--drop", "jica", "--add-link", "makassar,banyuwangi,twinning,2027", "--top", "0"],
    ["whatif", "--drop", "makassar", "--as-of", "2020"],
    ["whatif", "--years", "2018:2025"],
    ["impact"],
    ["impact", "--top", "0", "--as-of", "2019"],
    ["impact", "--links"],
    ["impact", "--links", "--kind", "twinning", "--candidates", "40", "--top", "0", "--as-of", "2020"],
    ["impact", "--link", "makassar,banyuwangi,twinning", "--link", "jica,makassar,support,2026"],
    ["evolve"],
    ["evolve", "--from", "2020", "--as-of", "2022"],
]

# A network of one's own (examples/howto-data): every command that works on any network.
OWN = [
    ["summary"],
    ["show", "harbour"],
    ["show", "north"],
    ["show", "water-co"],
    ["cluster", "--k", "2"],
    ["cluster", "--method", "agglomerative", "--k", "3"],  # every city alone: indices null
    ["path", "--from", "harbour", "--to", "delta"],
    ["path", "--from", "harbour", "--to", "delta", "--weight", "strength"],
    ["mentors", "--city", "delta", "--focus", "environment"],
    ["distances", "--from", "harbour"],
    ["distances", "--from", "harbour", "--weight", "strength"],
    ["communities"],
    ["centrality", "--measure", "constraint", "--top", "0"],
    ["centrality", "--measure", "closeness", "--weight", "strength"],
    ["brokers", "--top", "0"],
    ["weak-points"],
    ["timeline"],
    ["export"],
    ["whatif", "--drop", "water-co"],
    ["impact", "--top", "0"],
    ["impact", "--links", "--top", "0"],
    ["evolve", "--from", "2017"],
]


def fail(problems, text):
    problems.append(text)
    print("FAIL: " + text)


def run(ascn, args):
    p = subprocess.run([ascn] + args, capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout, p.stderr


def help_commands(ascn):
    """The commands `ascn --help` lists."""
    code, out, err = run(ascn, ["--help"])
    if code != 0:
        raise SystemExit("check_schemas: `ascn --help` failed: " + err)
    names, inside = [], False
    for line in out.splitlines():
        if line.strip().upper().startswith("SUBCOMMANDS"):
            inside = True
            continue
        if inside:
            m = re.match(r"^ {1,4}([a-z][a-z0-9-]*)(\s|$)", line)
            if m:
                names.append(m.group(1))
            elif line.strip() and not line.startswith(" " * 6):
                inside = False  # the next section
    return names


def has_json_format(ascn, command):
    code, out, _ = run(ascn, [command, "--help"])
    return code == 0 and re.search(r"--format\b.*\bjson\b", out) is not None


def doc_sections(cli_md):
    """The commands docs/cli.md gives a section, headings "### `ascn NAME`" or, for a command
    --help does not list, "### `ascn NAME` (hidden)": (NAME, hidden) pairs."""
    found = re.findall(r"^###\s+`ascn ([a-z][a-z0-9-]*)[^`]*`(.*)$", cli_md.read_text(),
                       re.MULTILINE)
    return [(name, "(hidden)" in rest) for name, rest in found]


def validator(schema_dir, name):
    envelope_path = schema_dir / "envelope.json"
    path = schema_dir / (name + ".json")
    schema = json.loads(path.read_text())
    envelope = json.loads(envelope_path.read_text())
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    # Offline: the schemas are given to the resolver, never fetched. Relative references
    # ("envelope.json#/$defs/path") resolve against the file's own URI.
    uri, envelope_uri = path.resolve().as_uri(), envelope_path.resolve().as_uri()
    try:  # jsonschema >= 4.18
        import referencing
        registry = referencing.Registry().with_resources([
            (uri, referencing.Resource.from_contents(schema)),
            (envelope_uri, referencing.Resource.from_contents(envelope))])
        return cls({"$ref": uri}, registry=registry)
    except ImportError:  # Debian 12's python3-jsonschema 4.10
        resolver = jsonschema.RefResolver(base_uri=uri, referrer=schema,
                                          store={envelope_uri: envelope})
        return cls(schema, resolver=resolver)


def check_answer(problems, ascn, args, schema_dir, validators, label):
    command = args[0]
    if command not in validators:
        return  # its schema is missing or invalid, as reported
    json_args = args + ["--format", "json"]
    if command not in ("export", "assign"):  # assign reads no network
        json_args.append("--quiet")
    code, out, err = run(ascn, json_args)
    line = "ascn " + shlex.join(json_args) + " (" + label + ")"
    if code != 0:
        how = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
        fail(problems, line + f": {how}: {err.strip()}")
        return
    try:
        answer = json.loads(out)
    except json.JSONDecodeError as e:
        fail(problems, line + f": not JSON: {e}")
        return
    before = len(problems)
    errors = sorted(validators[command].iter_errors(answer), key=lambda e: list(e.path))
    for e in errors[:5]:
        where = "/".join(str(p) for p in e.absolute_path) or "(top)"
        fail(problems, line + f": at {where}: {e.message[:300]}")
    if command != "export":
        check_warnings(problems, line, answer, err)
        if not errors:
            for text in cross_check(command, answer["result"]):
                fail(problems, line + ": " + text)
    if len(problems) == before:
        print("ok: " + line)


def cross_check(command, r):
    """What a schema cannot say: the keys and lists of one result agree."""
    if command == "centrality":
        if set(r["values"]) != set(r["kinds"]) or not set(r["ranking"]) <= set(r["values"]):
            yield "values, kinds and ranking name different vertices"
    if command == "brokers" and list(r["brokers"]) != r["ranking"]:
        yield "brokers and ranking name different vertices"
    if command == "summary" and "top_partners" in r and list(r["top_partners"]["partners"]) != \
            r["top_partners"]["ranking"]:
        yield "top_partners: partners and ranking name different partners"
    if command == "cluster" and "partition" in r:
        members = [i for group in r["partition"] for i in group] + r["noise"]
        if sorted(members) != sorted(r["labels"]) or len(r["partition"]) != r["count"] or \
                len(r["mean_features"]) != r["count"]:
            yield "partition, noise, labels, count and mean_features disagree"
        if set(r["undefined"]) != {k for k, v in r["indices"].items() if v is None}:
            yield "undefined does not give the reason for exactly the null indices"
    if command == "communities":
        if len(r["partition"]) != r["count"]:
            yield "count is not the number of communities in partition"
    if command == "weak-points":
        if len(set(r["component"].values())) != r["components"]:
            yield "components is not the number of distinct component numbers"
    if command == "path" and r["found"] != bool(r["paths"]):
        yield "found disagrees with paths"
    if command == "distances" and r["values"].get(r["from"]) != 0:
        yield "the distance from `from` to itself is not 0"


def check_warnings(problems, line, answer, err):
    # Whatever an answer writes to standard error is a warning, and the envelope has it too.
    said = [l[len("ascn: warning: "):] if l.startswith("ascn: warning: ") else l
            for l in err.splitlines() if l.strip()]
    if isinstance(answer, dict) and answer.get("warnings") != said:
        fail(problems, line + f": warnings {answer.get('warnings')} but standard error said "
             f"{said}")

# A plain graph (an edge list, tests/tool/reference/graph1.csv): the commands for any graph.
PLAIN = [
    ["summary"],
    ["distances", "--from", "v0"],
    ["distances", "--from", "v0", "--weight", "w"],
    ["communities", "--weight", "w"],
    ["centrality", "--measure", "pagerank", "--weight", "w"],
    ["centrality", "--measure", "constraint", "--top", "0"],
    ["weak-points"],
]


def main():
    if len(sys.argv) != 4:
        raise SystemExit("usage: check_schemas.py ASCN SCHEMA_DIR WORK_DIR")
    ascn = sys.argv[1]
    schema_dir = pathlib.Path(sys.argv[2])
    work = pathlib.Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    root = schema_dir.resolve().parent.parent
    cli_md = root / "docs" / "cli.md"
    sample = root / "examples" / "howto-data"
    problems = []

    # The command table, the schemas and docs/cli.md agree.
    commands = help_commands(ascn)
    if not commands:
        raise SystemExit("check_schemas: found no command in `ascn --help`")
    with_json = {c for c in commands if has_json_format(ascn, c)}
    schemas = {p.stem for p in schema_dir.glob("*.json")} - {"envelope"}
    for c in sorted(with_json - schemas):
        fail(problems, f"`ascn {c}` answers in JSON but docs/schemas/{c}.json is missing")
    for s in sorted(schemas - with_json):
        fail(problems, f"docs/schemas/{s}.json: no command `{s}` with --format json in --help")
    hidden = dict(doc_sections(cli_md))
    sections = [name for name, _ in doc_sections(cli_md)]
    for c in commands:
        if c not in sections:
            fail(problems, f"`ascn {c}` (in --help) has no section in docs/cli.md")
        elif hidden[c]:
            fail(problems, f"docs/cli.md says `ascn {c}` is hidden, but --help lists it")
    for s in sections:
        if s in commands:
            continue
        if run(ascn, [s, "--help"])[0] != 0:
            fail(problems, f"docs/cli.md has a section for `ascn {s}`, which is no command")
        elif not hidden[s]:
            fail(problems, f"docs/cli.md: `ascn {s}` is not in --help; mark it (hidden)")
    for c in sorted(set(sections)):
        if sections.count(c) > 1:
            fail(problems, f"docs/cli.md has {sections.count(c)} sections for `ascn {c}`")
    tested = {a[0] for a in EMBEDDED} | {"assign"}
    for c in sorted(with_json - tested):
        fail(problems, f"`ascn {c}` answers in JSON but this script does not run it")

    # Every answer matches its schema.
    validators = {}
    for name in sorted(schemas & with_json):
        try:
            validators[name] = validator(schema_dir, name)
        except (jsonschema.SchemaError, json.JSONDecodeError) as e:
            fail(problems, f"docs/schemas/{name}.json is not a valid schema: {e}")
    for args in EMBEDDED:
        check_answer(problems, ascn, args, schema_dir, validators, "embedded ASCN")
    for source in [sample / "network.json", sample]:
        for args in OWN:
            check_answer(problems, ascn, args + ["--input", str(source)], schema_dir,
                         validators, source.name)
    costs = root / "tests" / "tool" / "reference" / "costs.csv"
    for args in [["assign", "--costs", str(costs)], ["assign", "--costs", str(costs), "--maximize"],
                 ["assign", "--costs", str(costs), "--capacity", "2"]]:
        check_answer(problems, ascn, args, schema_dir, validators, "cost matrix")
    scenario = root / "tests" / "tool" / "whatif-scenario.json"
    check_answer(problems, ascn, ["whatif", "--scenario", str(scenario)], schema_dir, validators,
                 "scenario file")
    plain = root / "tests" / "tool" / "reference" / "graph1.csv"
    for args in PLAIN:
        check_answer(problems, ascn, args + ["--input", str(plain)], schema_dir, validators,
                     "plain edge list")
    # A folder named with a trailing slash still has a name.
    check_answer(problems, ascn, ["weak-points", "--input", str(sample) + "/"], schema_dir,
                 validators, "folder/")
    # The embedded network exported and read back.
    exported = work / "ascn.json"
    code, _, err = run(ascn, ["export", "--format", "json", "--output", str(exported)])
    if code != 0:
        fail(problems, f"ascn export --output {exported}: exit code {code}: {err.strip()}")
    else:
        for args in [["summary"], ["weak-points"], ["centrality", "--measure", "degree"]]:
            check_answer(problems, ascn, args + ["--input", str(exported)], schema_dir,
                         validators, "exported")

    if problems:
        print(f"\n{len(problems)} problem(s); the first: {problems[0]}")
        return 1
    print("\nevery JSON answer matches its schema; --help, docs/schemas and docs/cli.md agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
