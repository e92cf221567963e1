#!/usr/bin/env bash
# Fuzzes one loader with AFL++ through SharpFuzz, installing what is missing first.
#
#   fuzz/run.sh TARGET SECONDS        e.g. fuzz/run.sh profile 600
#   fuzz/run.sh TARGET --replay FILE  runs one input (a crash from findings/) outside AFL
#
# Targets: profile (a profile or overlay file, bases resolved against the example profiles), scenario (a YAML
# scenario file beside a Profiles/ folder) and roster (a roster export as a CSV file, read as UTF-8 and as GB18030,
# every household assessed). Seeds come from the repository's own files (fuzz/corpus/TARGET, refreshed
# from the real profiles, scenarios and sample exports, and the roster findings' regression inputs, on every run).
# Findings land in fuzz/findings/TARGET (not committed); each crash or hang found is turned into a regression test.
# The closing lines print execs, time and crash/hang counts from AFL's fuzzer_stats, the figures RELIABILITY.md quotes.
#
# Needs: Debian's afl++ package (installed with apt-get when afl-fuzz is missing; run as root) and the
# SharpFuzz.CommandLine dotnet tool from the repository's tool manifest (.config/dotnet-tools.json).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: fuzz/run.sh TARGET SECONDS | fuzz/run.sh TARGET --replay FILE}
case "$target" in
  profile) ext=json; instrument=(PovertyRules.dll) ;;
  scenario) ext=yaml; instrument=(PovertyRules.dll PovertyRules.Scenarios.dll YamlDotNet.dll) ;;
  roster) ext=csv; instrument=(PovertyRules.Data.dll Sylvan.Data.Csv.dll) ;;
  *) echo "unknown target '$target'; expected profile, scenario or roster" >&2; exit 2 ;;
esac

out=fuzz/out/$target
build() {
  rm -rf "$out"
  dotnet build fuzz/PovertyRules.Fuzz/PovertyRules.Fuzz.csproj -c Release -o "$out" -nologo -v q >/dev/null
}

if [[ ${2:-} == --replay ]]; then
  build
  exec dotnet "$out/PovertyRules.Fuzz.dll" "$target" --once "${3:?a file to replay}"
fi

seconds=${2:?usage: fuzz/run.sh TARGET SECONDS}

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && apt-get install -y -qq afl++
fi
dotnet tool restore >/dev/null

build
for dll in "${instrument[@]}"; do
  dotnet tool run sharpfuzz "$out/$dll" >/dev/null
done

corpus=fuzz/corpus/$target
mkdir -p "$corpus"
if [[ $target == profile ]]; then
  cp src/PovertyRules/Policy/Profiles/*.json examples/PolicyChangeTests/Profiles/*.json "$corpus/"
elif [[ $target == roster ]]; then
  cp samples/register/*.csv tests/PovertyRules.Data.Tests/Fuzz/Roster/*.csv "$corpus/"
else
  cp tests/PovertyRules.Scenarios.Tests/Scenarios/*.yaml examples/PolicyChangeTests/Scenarios/*.yaml "$corpus/"
fi
if [[ -d fuzz/seeds/$target ]]; then
  cp fuzz/seeds/$target/* "$corpus/"
fi

findings=fuzz/findings/$target
rm -rf "$findings"
mkdir -p "$findings"
# dotnet is not an AFL-instrumented binary (the instrumentation is in the rewritten assemblies), hence SKIP_BIN_CHECK.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 \
  afl-fuzz -i "$corpus" -o "$findings" -V "$seconds" -t 10000 -m none -- \
  dotnet "$out/PovertyRules.Fuzz.dll" "$target" "$PWD/$out/sandbox" > "$findings/afl.log" 2>&1 || {
    tail -20 "$findings/afl.log" >&2; exit 1; }

stats=$findings/default/fuzzer_stats
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|unique_crashes|unique_hangs) ' "$stats"
crashes=$(find "$findings/default/crashes" "$findings/default/hangs" -type f ! -name README.txt 2>/dev/null | wc -l)
echo "target=$target seconds=$seconds findings=$crashes"
[[ $crashes -eq 0 ]]
