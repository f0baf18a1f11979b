#!/usr/bin/env bash
# bench.sh: measures the rule pack against DESIGN.md's "Performance targets" and prints one table.
#
#   ./bench.sh                      build, run a SHORT JMH configuration, time the CLI, print the table
#   BENCH_SKIP_BUILD=1 ./bench.sh   reuse cto-bench/target/benchmarks.jar and the CLI build as they are
#   BENCH_STRICT=1 ./bench.sh       exit 1 when a target is not met (default: always exit 0, it is a report)
#   JMH_OPTS="-f 2 -wi 10 -w 2 -i 10" ./bench.sh   a longer, steadier run of the rule-pack benchmarks
#   JMH_BASELINE_OPTS="..."          the same for the baseline benchmarks
#
# Steps (about 3-4 minutes on 2 cores, most of it the Maven build):
#   1. mvn -B -q -DskipTests -pl cto-bench -am package   -> cto-bench/target/benchmarks.jar (JMH, shaded)
#   2. JMH AssessBenchmark (rules vs the hand-written baseline at 50 / 1,000 / 10,000 people and on
#      northwind, ms per assessment) and BatchBenchmark (one shared CtoAssessor, 2 threads, ops/s).
#      The rule pack's benchmarks: 1 fork, 6 x 2 s warm-up (Drools needs ~10 s of JIT to settle),
#      5 x 1 s measurement; the baseline's: 1 fork, 3 x 1 s warm-up, 3 x 1 s. StartupBenchmark:
#      assessor construction in a cold JVM, single shot, 3 forks.
#   3. CLI cold start: ./cto once (builds the CLI when needed), then 7 timed whole-process runs of
#      ./cto assess cto-examples/profiles/northwind.yaml --format json > /dev/null; the median counts.
#   4. The table, from JMH's JSON results (python3), each target marked met / NOT MET:
#      northwind < 0.2 ms; 10,000 people < 30 ms; rules within 10x of the baseline at 1,000 and 10,000;
#      1,000 -> 10,000 people at most 12x the time; batch >= 10,000 assessments/s; cold start <= 0.8 s.
#
# Results stay in cto-bench/target/bench/ (JMH JSON and logs, CLI timings). A short run on a shared
# machine is noisy: compare ratios, rerun before concluding. For where the time goes:
#   java -cp cto-bench/target/benchmarks.jar org.ctorole.bench.PhaseTimings 10000 1
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
out="$root/cto-bench/target/bench"
jar="$root/cto-bench/target/benchmarks.jar"
jmh_opts="${JMH_OPTS:--f 1 -wi 6 -w 2 -i 5 -r 1}"
baseline_opts="${JMH_BASELINE_OPTS:--f 1 -wi 3 -w 1 -i 3 -r 1}"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "bench: building cto-bench and what it needs..." >&2
  mvn -B -q -DskipTests -pl cto-bench -am package >&2
fi
[ -f "$jar" ] || { echo "bench: $jar missing: build first (without BENCH_SKIP_BUILD)" >&2; exit 2; }
mkdir -p "$out"

jmh() { # name, benchmark regex, options...
  local name="$1" regex="$2"
  shift 2
  java -jar "$jar" "$regex" "$@" -rf json -rff "$out/jmh-$name.json" > "$out/jmh-$name.log" 2>&1 \
    || { tail -n 40 "$out/jmh-$name.log" >&2; echo "bench: JMH failed, log: $out/jmh-$name.log" >&2; exit 2; }
}
rm -f "$out"/jmh-*.json
echo "bench: JMH rule pack, warm assess and batch ($jmh_opts)..." >&2
# shellcheck disable=SC2086
jmh rules 'org.ctorole.bench.(AssessBenchmark.rules|BatchBenchmark.assess)$' $jmh_opts
echo "bench: JMH baseline ($baseline_opts)..." >&2
# shellcheck disable=SC2086
jmh baseline 'org.ctorole.bench.AssessBenchmark.baseline$' $baseline_opts

echo "bench: JMH assessor construction, cold JVMs..." >&2
jmh startup 'org.ctorole.bench.StartupBenchmark' -f 3

echo "bench: CLI cold start (7 runs)..." >&2
./cto assess cto-examples/profiles/northwind.yaml --format json > /dev/null   # builds the CLI if needed
: > "$out/cli-seconds.txt"
for _ in 1 2 3 4 5 6 7; do
  start=$(date +%s%N)
  ./cto assess cto-examples/profiles/northwind.yaml --format json > /dev/null
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 ))" >> "$out/cli-seconds.txt"   # microseconds
done

python3 - "$out" "${BENCH_STRICT:-0}" "$jmh_opts" "$baseline_opts" <<'PY'
import json, os, statistics, sys

out, strict, jmh_opts, baseline_opts = sys.argv[1], sys.argv[2] == "1", sys.argv[3], sys.argv[4]

def load(name):
    path = os.path.join(out, name)
    return json.load(open(path)) if os.path.exists(path) else []

results = {}
for r in load("jmh-rules.json") + load("jmh-baseline.json") + load("jmh-startup.json"):
    name = r["benchmark"].rsplit(".", 2)
    key = (name[-2], name[-1], r.get("params", {}).get("profile"))
    results[key] = r["primaryMetric"]

def score(cls, method, profile=None):
    m = results.get((cls, method, profile))
    return None if m is None else m["score"]

def err(cls, method, profile=None):
    m = results.get((cls, method, profile))
    e = None if m is None else m.get("scoreError")
    return None if e is None or e != e else e  # NaN when there are too few samples

verdicts = []
def verdict(ok, text):
    if ok is None:
        verdicts.append(None)
        return f"{text}: n/a"
    verdicts.append(ok)
    return f"{text}: {'met' if ok else 'NOT MET'}"

def ms(v):
    return "n/a" if v is None else (f"{v:.4f}" if v < 0.1 else f"{v:.3f}" if v < 10 else f"{v:.1f}")

def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b

def x(v):
    return "n/a" if v is None else f"{v:.1f}x"

cli = [int(l) / 1e6 for l in open(os.path.join(out, "cli-seconds.txt")) if l.strip()]
cli_median = statistics.median(cli) if cli else None

print()
print(f"ctorole benchmarks: JMH rules {jmh_opts}, baseline {baseline_opts}; 2 cores")
print("(a short run: noisy, more so on a shared machine; +- is JMH's 99.9 % error of the rules' score)")
print()
print(f"{'warm assess, ms per assessment':<32}{'rules':>10}{'+-':>8}{'baseline':>11}{'rules/baseline':>16}   targets")
rows = [("northwind", "northwind (11 people)"), ("50", "50 people"), ("1000", "1,000 people"), ("10000", "10,000 people")]
for key, label in rows:
    r, b = score("AssessBenchmark", "rules", key), score("AssessBenchmark", "baseline", key)
    e = err("AssessBenchmark", "rules", key)
    targets = []
    if key == "northwind":
        targets.append(verdict(None if r is None else r < 0.2, "rules < 0.2 ms"))
    if key == "10000":
        targets.append(verdict(None if r is None else r < 30, "rules < 30 ms"))
    if key in ("1000", "10000"):
        q = ratio(r, b)
        targets.append(verdict(None if q is None else q <= 10, "within 10x of baseline"))
    print(f"  {label:<30}{ms(r):>10}{ms(e) if e is not None else '':>8}{ms(b):>11}{x(ratio(r, b)):>16}   {'; '.join(targets)}")

growth = ratio(score("AssessBenchmark", "rules", "10000"), score("AssessBenchmark", "rules", "1000"))
base_growth = ratio(score("AssessBenchmark", "baseline", "10000"), score("AssessBenchmark", "baseline", "1000"))
print(f"  {'growth 1,000 -> 10,000 people':<30}{x(growth):>10}{'':>8}{x(base_growth):>11}{'':>16}   "
      + verdict(None if growth is None else growth <= 12, "rules at most 12x"))
print()
batch = score("BatchBenchmark", "assess")
batch_err = err("BatchBenchmark", "assess")
print(f"{'batch, one shared assessor, 2 threads':<40}{('n/a' if batch is None else f'{batch:,.0f}'):>12} assessments/s"
      + ("" if batch_err is None else f" (+-{batch_err:,.0f})") + "   "
      + verdict(None if batch is None else batch >= 10000, ">= 10,000/s"))
construct, first = score("StartupBenchmark", "construct"), score("StartupBenchmark", "firstAssessment")
print(f"{'assessor construction, cold JVM':<40}{ms(construct):>12} ms (3 forks; + first northwind assess: {ms(first)} ms)")
print(f"{'CLI cold start, median of 7':<40}{('n/a' if cli_median is None else f'{cli_median:.3f}'):>12} s"
      + f" (runs: {', '.join(f'{c:.2f}' for c in cli)})   "
      + verdict(None if cli_median is None else cli_median <= 0.8, "<= 0.8 s"))
print()
met = sum(1 for v in verdicts if v)
missed = sum(1 for v in verdicts if v is False)
unknown = sum(1 for v in verdicts if v is None)
print(f"targets: {met} met, {missed} not met" + (f", {unknown} not measured" if unknown else "")
      + f"; raw results in {out}")
sys.exit(1 if strict and (missed or unknown) else 0)
PY
