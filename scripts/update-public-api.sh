#!/usr/bin/env bash
# Declares every public symbol that the build reports as undeclared (RS0016) in its project's PublicAPI.Unshipped.txt,
# so that a change to a package's public surface is one reviewed diff of that file. Run it after changing a public
# API on purpose; `git diff src/*/PublicAPI.Unshipped.txt` shows what changed. Removed symbols (RS0017) are listed for
# you to delete by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
dotnet build PovertyRules.sln -c Release -p:TreatWarningsAsErrors=false --no-incremental >"$log" 2>&1 || true
python3 - "$log" <<'PY'
import re, sys, collections
added = collections.defaultdict(set)
removed = collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.search(r"/src/([^/]+)/.*?warning (RS0016|RS0017): Symbol '(.+?)' (?:is not part of the declared public API|is part of the declared API, but is either not public or could not be found)", line)
    if m:
        (added if m.group(2) == "RS0016" else removed)[m.group(1)].add(m.group(3))
for project, symbols in sorted(added.items()):
    path = f"src/{project}/PublicAPI.Unshipped.txt"
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
    if not any(l.startswith("#") for l in lines):
        lines.insert(0, "#nullable enable")
    # Append, in order among themselves, and leave the lines already there where they are: two changes that each
    # declare symbols then touch different lines of the file and merge without a conflict.
    new = sorted(symbols - set(lines), key=str.lower)
    while lines and not lines[-1]:
        lines.pop()
    open(path, "w", encoding="utf-8").write("\n".join(lines + new) + "\n")
    print(f"{path}: {len(new)} symbols declared")
for project, symbols in sorted(removed.items()):
    for s in sorted(symbols):
        print(f"src/{project}: no longer public or not found: {s}")
PY
rm -f "$log"
