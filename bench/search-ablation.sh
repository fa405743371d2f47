#!/bin/bash
# What the search index adds to a full build, by ablation: this checkout's jar against the same
# commit built with the index left out (bench/search-ablation.patch: no word counting, no
# document or index files, no plain text of the article bodies), alternated in pairs, output
# on /dev/shm, with the launcher's JIT option. One line per build: wall and CPU seconds, peak
# RSS, the load average before it; then the medians.
#
#   bench/search-ablation.sh [--pairs N] [--content DIR]
#
# The patch is against main as of 2 December 2026; when it no longer applies, redo its four
# edits by hand (see bench/README.md, "Search build cost, by ablation, 2026-12-02").
set -eu
pairs=6
content=/tmp/gloss-bench-10k/content
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs=$2; shift 2 ;;
    --content) content=$2; shift 2 ;;
    *) echo "usage: $0 [--pairs N] [--content DIR]" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
. "$here/bench/jvm-options.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$here" && mvn -B -q -DskipTests -Djacoco.skip=true package)
cp "$here/target/gloss.jar" "$work/with.jar"
"$here/bench/patched-jar.sh" "$here/bench/search-ablation.patch" "$work/without.jar"

for pair in $(seq 1 "$pairs"); do
  for variant in with without; do
    out=/dev/shm/gloss-ablation-$variant
    rm -rf "$out"
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" java "${BUILD_JVM_OPTIONS[@]}" \
      -jar "$work/$variant.jar" build --content "$content" --templates "$here/templates" \
      --output "$out" >/dev/null 2>&1
    read -r wall user sys rss <"$work/time"
    echo "pair $pair $variant wall $wall cpu $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') rss_kb $rss load_before $load" | tee -a "$work/runs"
    rm -rf "$out"
  done
done
# Medians of each variant, and the median of the pairs' own ratios (steadier when the
# machine's speed drifts between pairs, as it does here by up to 15 % over minutes).
awk '{w[$3]=w[$3] " " $5; c[$3]=c[$3] " " $7; if ($3 == "with") { pw = $5; pc = $7 }
    else { rw = rw " " (pw / $5 - 1) * 100; rc = rc " " (pc / $7 - 1) * 100 } }
  function median(list,   a, n, i, j, t) { n = split(list, a, " ");
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END { ww = median(w["with"]); wo = median(w["without"]); cw = median(c["with"]); co = median(c["without"]);
    printf "medians: with %.1f s wall, %.1f s CPU; without %.1f s, %.1f s: %+.1f %% wall, %+.1f %% CPU\n",
      ww, cw, wo, co, (ww / wo - 1) * 100, (cw / co - 1) * 100;
    printf "median pair: %+.1f %% wall, %+.1f %% CPU\n", median(rw), median(rc) }' "$work/runs"
