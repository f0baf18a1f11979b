#!/usr/bin/env bash
# Builds the committed tree twice, in two fresh copies at different paths, and compares every jar the
# build publishes (main, sources, Javadoc, test jars; the BOM is a POM): a reproducible build gives
# byte-identical jars. Uses no local repository but the usual one, and installs nothing.
# Takes two full builds without tests (about 5 minutes on 2 cores). Usage: scripts/check-reproducible.sh [REV]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev="${1:-HEAD}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for n in 1 2; do
  mkdir -p "$work/build-$n"
  git -C "$root" archive "$rev" | tar -x -C "$work/build-$n"
  echo "build $n of $rev in $work/build-$n ..." >&2
  if ! (cd "$work/build-$n" && mvn -B -q -DskipTests package) >"$work/build-$n.log" 2>&1; then
    cat "$work/build-$n.log" >&2
    echo "check-reproducible: build $n failed" >&2
    exit 2
  fi
done

compared=0
different=0
while IFS= read -r jar; do
  compared=$((compared + 1))
  if ! cmp -s "$work/build-1/$jar" "$work/build-2/$jar"; then
    different=$((different + 1))
    echo "DIFFERENT: $jar" >&2
    # Which entries differ: name and CRC of each, side by side.
    diff <(unzip -v "$work/build-1/$jar" | awk 'NR>3 {print $7, $8}') \
         <(unzip -v "$work/build-2/$jar" | awk 'NR>3 {print $7, $8}') | head -20 >&2 || true
  fi
done < <(cd "$work/build-1" && find . -path '*/target/*.jar' ! -path '*/cto-bench/*' ! -path '*/cto-cli/target/lib/*' \
           ! -path '*/cto-examples/*' | sort)

if [ "$compared" -eq 0 ]; then
  echo "check-reproducible: no jar was built" >&2
  exit 2
fi
echo "$compared jars compared, $different different"
[ "$different" -eq 0 ]
