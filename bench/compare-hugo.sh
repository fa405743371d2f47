#!/usr/bin/env bash
# Side-by-side full-build benchmark of Gloss and Hugo on the same corpus.
#
#   bench/compare-hugo.sh [--gloss CHECKOUT] [--sizes 1000,3000|all] [--runs 3] [--warmups 1]
#                         [--seed 1] [--hugo /usr/bin/hugo] [--root /tmp]
#
# --sizes all is 1000,3000,10000,20000: every size issue 10 asks for, in one command.
#
# For each size N it
#   1. generates the corpus of N articles with bench/GenerateCorpus.java into
#      ROOT/gloss-bench-<N> (1000 -> 1k), unless a complete one made with the same
#      arguments is there (the same folders as bench/run-build.sh);
#   2. writes the equivalent Hugo site with bench/HugoSite.java into DIR/hugo;
#   3. builds it with Hugo and with Gloss (CHECKOUT/gloss build, from CHECKOUT, with
#      CHECKOUT's templates), interleaved: WARMUPS untimed pairs, then RUNS timed pairs,
#      each build into an output folder removed just before;
#   4. records per run wall time, CPU (user + sys), peak RSS (GNU time -v), and the load
#      average before and after, in DIR/compare.tsv;
# and prints one Markdown table of medians with the Gloss / Hugo ratios, plus the output
# of the last run of each: size (du -sb), file count and largest page (the search index
# and the assets aside); then how each size scales against the one before it (wall and
# peak RSS), how many Gloss pages are over 300 kB, and the sample digest's `gloss build`
# (CHECKOUT/content, WARMUPS untimed then RUNS timed runs, median wall and CPU).
#
# The corpus and the Hugo site come from this script's checkout, so any CHECKOUT (the
# default is this one) is measured on the same input. Environment: GLOSS_JAVA_OPTS is
# passed on by the launcher as usual.
set -euo pipefail

usage() {
    sed -n '4,5p' "$0" | sed 's/^# */usage: /;2s/^usage: /       /' >&2
    exit 2
}

here=$(cd "$(dirname "$0")/.." && pwd)
gloss_home=$here
sizes=1000,3000
runs=3
warmups=1
seed=1
hugo=/usr/bin/hugo
root=/tmp
while [ $# -gt 0 ]; do
    [ $# -ge 2 ] || usage
    case $1 in
        --gloss) gloss_home=$(cd "$2" && pwd) ;;
        --sizes) sizes=$2 ;;
        --runs) runs=$2 ;;
        --warmups) warmups=$2 ;;
        --seed) seed=$2 ;;
        --hugo) hugo=$2 ;;
        --root) root=$2 ;;
        *) usage ;;
    esac
    shift 2
done
[ "$sizes" != all ] || sizes=1000,3000,10000,20000
for n in ${sizes//,/ } "$runs" "$warmups" "$seed"; do
    case $n in '' | *[!0-9]*) echo "compare-hugo: not a number: '$n'" >&2; usage ;; esac
done
[ "$runs" -ge 1 ] || usage

if [ ! -x /usr/bin/time ]; then
    echo "compare-hugo: /usr/bin/time (GNU time) is missing; it measures peak RSS." >&2
    if [ "$(id -u)" = 0 ]; then
        echo "compare-hugo: installing the Debian package 'time'" >&2
        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
    else
        echo "compare-hugo: install it with: sudo apt-get install time" >&2
        exit 1
    fi
fi
if [ ! -x "$hugo" ]; then
    echo "compare-hugo: $hugo not found; install Hugo (apt-get install hugo) or pass --hugo PATH" >&2
    exit 1
fi
if [ ! -x "$gloss_home/gloss" ]; then
    echo "compare-hugo: $gloss_home/gloss not found; pass --gloss with a Gloss checkout" >&2
    exit 1
fi

load() { cut -d' ' -f1 /proc/loadavg; }
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
seconds() { # h:mm:ss or m:ss(.ss) -> seconds
    awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }' <<<"$1"
}

# timed TOOL RUN DIR OUTPUT COMMAND...: one build with GNU time, one line in DIR/compare.tsv
timed() {
    local tool=$1 run=$2 dir=$3 output=$4
    shift 4
    rm -rf "$output"
    local report="$dir/time-$tool-$run.txt" log="$dir/build-$tool-$run.log" before rc
    before=$(load)
    set +e
    /usr/bin/time -v -o "$report" "$@" >"$log" 2>&1
    rc=$?
    set -e
    if [ "$rc" -ne 0 ]; then
        echo "compare-hugo: $tool build failed (exit $rc); last lines of $log:" >&2
        tail -n 20 "$log" >&2
        exit 1
    fi
    local wall user sys rss
    wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$report")")
    user=$(field 'User time (seconds)' "$report")
    sys=$(field 'System time (seconds)' "$report")
    rss=$(field 'Maximum resident set size (kbytes)' "$report")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$run" "$wall" "$user" "$sys" "$rss" "$before" "$(load)" >>"$dir/compare.tsv"
    printf '  %-5s %-7s wall %6.2f s  cpu %6.2f s  peak RSS %5.0f MiB  load %s -> %s\n' "$tool" "$run" "$wall" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))" "$before" "$(load)" >&2
}

# outputs DIR: "bytes files largest-bytes largest-path" of DIR; the largest file leaves out
# the search index and the assets, whose size does not depend on any one page's content
outputs() {
    printf '%s %s %s\n' "$(du -sb "$1" | cut -f1)" "$(find "$1" -type f | wc -l)" \
        "$(find "$1" -type f ! -name search-index.js ! -path '*/assets/*' -printf '%s %P\n' | sort -n | tail -n 1)"
}

# medians over the timed runs: wall, cpu, rss (KiB); load range over them
stats() {
    awk -F'\t' -v tool="$1" '
        function median(a, k,   i, j, t) {
            for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
            return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
        }
        $1 == tool && $2 !~ /^warmup/ {
            k++; w[k] = $3; c[k] = $4 + $5; r[k] = $6
            for (f = 7; f <= 8; f++) { if (lo == "" || $f < lo) lo = $f; if ($f > hi) hi = $f }
        }
        END { printf "%.2f %.2f %.0f %s %s %d\n", median(w, k), median(c, k), median(r, k), lo, hi, k }' "$dir/compare.tsv"
}

echo "compare-hugo: Gloss from $gloss_home ($(git -C "$gloss_home" describe --always --dirty 2>/dev/null || echo 'not a git checkout'))" >&2
echo "compare-hugo: $("$hugo" version | cut -d' ' -f1-2), $(java -version 2>&1 | head -n 1)" >&2
echo "compare-hugo: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); uptime: $(uptime)" >&2
# untimed: lets the launcher build the jar of that checkout if it is missing or stale
(cd "$gloss_home" && ./gloss --version) >&2

generator=$(sed -n 's/.*String GENERATOR = "\([^"]*\)".*/\1/p' "$here/bench/GenerateCorpus.java")
rows=()
scale=()
for n in ${sizes//,/ }; do
    if [ $((n % 1000)) -eq 0 ]; then label="$((n / 1000))k"; else label=$n; fi
    dir=$root/gloss-bench-$label
    expected=$(printf '%s\narticles=%s\nseed=%s\ncomplete' "$generator" "$n" "$seed")
    if [ -f "$dir/.gloss-bench-corpus" ] && [ "$(cat "$dir/.gloss-bench-corpus")" = "$expected" ]; then
        echo "corpus: $dir/content (already generated: $n articles, seed $seed)" >&2
    else
        echo "corpus: generating $n articles (seed $seed) into $dir" >&2
        java "$here/bench/GenerateCorpus.java" --articles "$n" --seed "$seed" --out "$dir" >&2
    fi
    java "$here/bench/HugoSite.java" --content "$dir/content" --assets "$here/templates/assets" --out "$dir/hugo" >&2
    : >"$dir/compare.tsv"
    hugo_cmd=("$hugo" --quiet --source "$dir/hugo" --destination "$dir/hugo-output")
    gloss_cmd=(./gloss build --content "$dir/content" --templates "$gloss_home/templates" --output "$dir/gloss-output")
    echo "N=$n: $warmups warm-up + $runs timed runs each, interleaved" >&2
    for i in $(seq 1 $((warmups + runs))); do
        if [ "$i" -le "$warmups" ]; then run=warmup$i; else run=$((i - warmups)); fi
        timed hugo "$run" "$dir" "$dir/hugo-output" "${hugo_cmd[@]}"
        (cd "$gloss_home" && timed gloss "$run" "$dir" "$dir/gloss-output" "${gloss_cmd[@]}")
    done
    read -r hw hc hr hlo hhi _ <<<"$(stats hugo)"
    read -r gw gc gr glo ghi k <<<"$(stats gloss)"
    read -r hb hf hlb hlp <<<"$(outputs "$dir/hugo-output")"
    read -r gb gf glb glp <<<"$(outputs "$dir/gloss-output")"
    big=$(find "$dir/gloss-output" -type f ! -name search-index.js ! -path '*/assets/*' -size +300000c | wc -l)
    scale+=("$n $hw $gw $hr $gr $big $((gb / 1000000))")
    lo=$(printf '%s\n%s\n' "$hlo" "$glo" | sort -g | head -n 1)
    hi=$(printf '%s\n%s\n' "$hhi" "$ghi" | sort -g | tail -n 1)
    rows+=("$(awk -v n="$n" -v k="$k" -v hw="$hw" -v gw="$gw" -v hc="$hc" -v gc="$gc" -v hr="$hr" -v gr="$gr" \
        -v hb="$hb" -v gb="$gb" -v hf="$hf" -v gf="$gf" -v hlb="$hlb" -v hlp="$hlp" -v glb="$glb" -v glp="$glp" \
        -v lo="$lo" -v hi="$hi" 'BEGIN {
            mib = 1048576
            printf "| %d | %d | %.2f s | %.2f s | %.2f × | %.2f s | %.2f s | %.2f × | %.0f MiB | %.0f MiB | %.2f × ", n, k, hw, gw, gw / hw, hc, gc, gc / hc, hr / 1024, gr / 1024, gr / hr
            printf "| %.0f MiB, %d files | %.0f MiB, %d files | %.2f × ", hb / mib, hf, gb / mib, gf, gb / hb
            printf "| %.0f kB `%s` | %.0f kB `%s` | %s–%s |", hlb / 1000, hlp, glb / 1000, glp, lo, hi
        }')")
done

echo
echo "Medians of the timed runs; output and largest page (search index and assets aside) from the last run; load: lowest and highest 1-minute load average seen before and after the timed builds. $(date -u '+%Y-%m-%d %H:%M UTC'), Gloss $(git -C "$gloss_home" describe --always --dirty 2>/dev/null || echo 'not a git checkout')."
echo
echo "| N | runs | Hugo wall | Gloss wall | Gloss / Hugo | Hugo CPU | Gloss CPU | Gloss / Hugo | Hugo peak RSS | Gloss peak RSS | Gloss / Hugo | Hugo output | Gloss output | Gloss / Hugo | Hugo largest page | Gloss largest page | load |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |"
printf '%s\n' "${rows[@]}"

echo
echo "Scaling (medians; each size against the one before it) and output limits (at most 250 MB at 10,000 articles, no page over 300 kB):"
echo
echo "| N | Hugo wall × | Gloss wall × | Hugo peak RSS × | Gloss peak RSS × | Gloss output | Gloss pages over 300 kB |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
prev=""
for row in "${scale[@]}"; do
    read -r n hw gw hr gr big mb <<<"$row"
    if [ -n "$prev" ]; then
        read -r pn phw pgw phr pgr _ <<<"$prev"
        awk -v n="$n" -v pn="$pn" -v a="$hw" -v b="$phw" -v c="$gw" -v d="$pgw" -v e="$hr" -v f="$phr" -v g="$gr" -v h="$pgr" -v mb="$mb" -v big="$big" \
            'BEGIN { printf "| %d (vs %d) | %.2f | %.2f | %.2f | %.2f | %d MB | %d |\n", n, pn, a / b, c / d, e / f, g / h, mb, big }'
    else
        printf '| %d | | | | | %d MB | %d |\n' "$n" "$mb" "$big"
    fi
    prev=$row
done

# The sample digest: start-up dominates (issue 10 asks for at most 0.6 s wall, jar built).
dir=$root/gloss-bench-sample
mkdir -p "$dir"
: >"$dir/compare.tsv"
echo "sample digest: $warmups warm-up + $runs timed runs of ./gloss build" >&2
for i in $(seq 1 $((warmups + runs))); do
    if [ "$i" -le "$warmups" ]; then run=warmup$i; else run=$((i - warmups)); fi
    (cd "$gloss_home" && timed gloss "$run" "$dir" "$dir/gloss-output" ./gloss build --content content --templates templates --output "$dir/gloss-output")
done
read -r sw sc sr slo shi _ <<<"$(stats gloss)"
echo
echo "Sample digest (\`./gloss build\` of the checkout's content/, median of $runs runs after $warmups warm-up): wall $sw s, CPU $sc s, peak RSS $((sr / 1024)) MiB, load $slo–$shi."
