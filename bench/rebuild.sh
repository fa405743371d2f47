#!/bin/bash
# Rebuilds: each jar builds the same content again and again into its own output folder,
# which is kept from one build to the next (as an editor's repeated `gloss build` does), the
# jars alternating; prints wall, user and system seconds and peak RSS of every build. The
# first round of each jar is a cold build into an empty folder.
#
#   bench/rebuild.sh ROUNDS CONTENT OUTPUT_ROOT JAR...
#
# e.g. bench/rebuild.sh 5 /tmp/gloss-bench-10k/content /tmp/rebuild /tmp/a.jar /tmp/b.jar
# Each jar runs with the launcher's options for `build` (bench/jvm-options.sh).
# Put OUTPUT_ROOT on the disk to be measured: on tmpfs making a file costs little.
set -euo pipefail
if [ $# -lt 4 ]; then
  echo "usage: $0 ROUNDS CONTENT OUTPUT_ROOT JAR..." >&2
  exit 2
fi
rounds=$1 content=$2 root=$3
shift 3
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
. "$here/bench/jvm-options.sh"
mkdir -p "$root"
times=$(mktemp)
trap 'rm -f "$times"' EXIT
echo "round jar wall_s user_s sys_s peak_rss_mib load"
for round in $(seq 1 "$rounds"); do
  i=0
  for jar in "$@"; do
    i=$((i + 1))
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S %M" -o "$times" \
      java "${BUILD_JVM_OPTIONS[@]}" -jar "$jar" build \
      --content "$content" --templates "$here/templates" --output "$root/site-$i" >/dev/null 2>&1
    read -r wall user sys rss <"$times"
    echo "$round $(basename "$jar") $wall $user $sys $((rss / 1024)) $load"
  done
done
