# The JVM options ./gloss gives a `build` (see the launcher's header), for the bench scripts
# that run a jar directly: sourced, it sets BUILD_JVM_OPTIONS.
# shellcheck disable=SC2034
BUILD_JVM_OPTIONS=(-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MaxNewSize=150m)
