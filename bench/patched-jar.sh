#!/bin/bash
# Builds this checkout's HEAD with a bench patch applied, in a throwaway worktree, and copies
# the jar to OUT; the checkout itself is not touched. Used by search-ablation.sh and
# search-steps.sh.
#
#   bench/patched-jar.sh PATCH OUT
set -eu
if [ $# -ne 2 ]; then
  echo "usage: $0 PATCH OUT" >&2
  exit 2
fi
patch=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
tree=$(mktemp -d)
trap 'git -C "$here" worktree remove --force "$tree" >/dev/null 2>&1 || true; rm -rf "$tree"' EXIT
git -C "$here" worktree add -q --detach "$tree" HEAD
git -C "$tree" apply "$patch"
(cd "$tree" && mvn -B -q -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true package)
cp "$tree/target/gloss.jar" "$out"
