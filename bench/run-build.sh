#!/usr/bin/env bash
# Full-build benchmark: bench/run-build.sh N [RUNS]
#
# Generates the synthetic corpus of N articles (bench/GenerateCorpus.java) into
# /tmp/gloss-bench-<N> (N=1000 -> /tmp/gloss-bench-1k, 10000 -> /tmp/gloss-bench-10k)
# unless a complete corpus made with the same arguments is already there, then, from
# the repository root, times RUNS (default 3) full builds
#
#   $GLOSS build --content DIR/content --output DIR/site-output
#
# with /usr/bin/time -v, and prints wall time and peak RSS (maximum resident set size)
# per run. DIR/site-output is removed before each run, so every run is a cold full build.
#
# Environment:
#   GLOSS      command that runs Gloss (default ./gloss), e.g. GLOSS="java -jar target/gloss.jar"
#   SEED       corpus seed (default 1)
#   BENCH_DIR  corpus folder (default /tmp/gloss-bench-<N>)
set -euo pipefail

usage() {
    echo "usage: bench/run-build.sh N [RUNS]   (env: GLOSS, SEED, BENCH_DIR)" >&2
    exit 2
}
[ $# -ge 1 ] && [ $# -le 2 ] || usage
N=$1
RUNS=${2:-3}
case $N in '' | *[!0-9]*) usage ;; esac
case $RUNS in '' | *[!0-9]*) usage ;; esac
SEED=${SEED:-1}

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

if [ $((N % 1000)) -eq 0 ]; then label="$((N / 1000))k"; else label=$N; fi
DIR=${BENCH_DIR:-/tmp/gloss-bench-$label}

read -r -a GLOSS_CMD <<<"${GLOSS:-./gloss}"
if [ "${GLOSS_CMD[0]}" = ./gloss ] && [ ! -x ./gloss ]; then
    echo "run-build: ./gloss not found in $ROOT; build it, or set GLOSS, e.g. GLOSS=\"java -jar target/gloss.jar\"" >&2
    exit 1
fi

if ! command -v /usr/bin/time >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
        echo "run-build: installing GNU time (/usr/bin/time)" >&2
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
    else
        echo "run-build: /usr/bin/time missing: install the Debian package 'time'" >&2
        exit 1
    fi
fi

# --- corpus -----------------------------------------------------------------------
generator=$(sed -n 's/.*String GENERATOR = "\([^"]*\)".*/\1/p' bench/GenerateCorpus.java)
expected=$(printf '%s\narticles=%s\nseed=%s\ncomplete' "$generator" "$N" "$SEED")
if [ -f "$DIR/.gloss-bench-corpus" ] && [ "$(cat "$DIR/.gloss-bench-corpus")" = "$expected" ]; then
    echo "corpus: $DIR/content (already generated: $N articles, seed $SEED)"
else
    echo "corpus: generating $N articles (seed $SEED) into $DIR"
    java bench/GenerateCorpus.java --articles "$N" --seed "$SEED" --out "$DIR"
fi
files=$(find "$DIR/content" -type f | wc -l)
size=$(du -sm "$DIR/content" | cut -f1)
echo "corpus: $files files, ${size} MiB on disk"

# --- warm-up (not timed): lets the launcher build the jar if it is missing or stale --
echo "gloss: ${GLOSS_CMD[*]}"
if ! version=$("${GLOSS_CMD[@]}" --version 2>&1); then
    echo "run-build: '${GLOSS_CMD[*]} --version' failed:" >&2
    echo "$version" >&2
    exit 1
fi
echo "gloss: $version"

# --- timed full builds ----------------------------------------------------------------
seconds() { # h:mm:ss or m:ss(.ss) -> seconds
    awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }' <<<"$1"
}
field() { # value after "label: " in a /usr/bin/time -v report
    sed -n "s/^[[:space:]]*$1: //p" "$2"
}

walls=()
rss_max=0
status=0
for i in $(seq 1 "$RUNS"); do
    rm -rf "$DIR/site-output"
    report="$DIR/time-$i.txt"
    log="$DIR/build-$i.log"
    set +e
    /usr/bin/time -v -o "$report" "${GLOSS_CMD[@]}" build --content "$DIR/content" --output "$DIR/site-output" >"$log" 2>&1
    rc=$?
    set -e
    wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$report")")
    rss_kb=$(field 'Maximum resident set size (kbytes)' "$report")
    user=$(field 'User time (seconds)' "$report")
    sys=$(field 'System time (seconds)' "$report")
    printf 'run %d: wall %.2f s, peak RSS %.0f MiB, cpu user %s s + sys %s s, exit %d\n' \
        "$i" "$wall" "$(awk -v k="$rss_kb" 'BEGIN { print k / 1024 }')" "$user" "$sys" "$rc"
    if [ "$rc" -ne 0 ]; then
        echo "run-build: build failed (exit $rc); last lines of $log:" >&2
        tail -n 20 "$log" >&2
        status=1
        break
    fi
    walls+=("$wall")
    [ "$rss_kb" -gt "$rss_max" ] && rss_max=$rss_kb
done

if [ "$status" -eq 0 ]; then
    out_files=$(find "$DIR/site-output" -type f | wc -l)
    out_size=$(du -sm "$DIR/site-output" | cut -f1)
    median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    echo "output: $out_files files, ${out_size} MiB in $DIR/site-output"
    printf 'summary: N=%s, %d runs, median wall %.2f s, max peak RSS %.0f MiB (time reports: %s/time-*.txt)\n' \
        "$N" "${#walls[@]}" "$median" "$(awk -v k="$rss_max" 'BEGIN { print k / 1024 }')" "$DIR"
fi
exit "$status"
