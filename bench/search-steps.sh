#!/bin/bash
# Where the search index's CPU goes in a full build, step by step: this checkout built with
# bench/search-steps.patch (a StepClock around each step, reading the calling thread's CPU
# clock), then N builds of the corpus into /dev/shm with the launcher's JIT option; each
# prints its steps' thread CPU time when it exits. The index's own pass is timed on its own
# thread only (its parallel scoring, posting and writing run on others); bench/SearchIndexCost
# times it whole, alone, after a build.
#
#   bench/search-steps.sh [--runs N] [--content DIR]
#
# The patch is against main as of 2 December 2026; when it no longer applies, redo its four
# edits by hand (ArticleLinker.link, SearchIndex.Source, Pipeline.render's fold, StepClock).
set -eu
runs=1
content=/tmp/gloss-bench-10k/content
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --content) content=$2; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--content DIR]" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/jvm-options.sh
. "$here/bench/jvm-options.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$here/bench/patched-jar.sh" "$here/bench/search-steps.patch" "$work/steps.jar"

for run in $(seq 1 "$runs"); do
  out=/dev/shm/gloss-search-steps
  rm -rf "$out"
  echo "run $run, load $(cut -d' ' -f1 /proc/loadavg)"
  java "${BUILD_JVM_OPTIONS[@]}" -jar "$work/steps.jar" build --content "$content" \
    --templates "$here/templates" --output "$out" 2>&1 >/dev/null | grep '^step '
  rm -rf "$out"
done
