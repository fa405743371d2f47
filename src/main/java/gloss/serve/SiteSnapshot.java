package gloss.serve;

import gloss.diag.Diagnostic;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The site as served at one moment: every file, held in memory. A rebuild makes a new snapshot and
 * the server swaps the reference to it in one step, so a request is answered entirely from one
 * snapshot: a reader never sees a half-built site or a half-written page.
 *
 * @param files site files by path ({@code articles/a/index.html}); empty until a build succeeds
 * @param ready whether a build has succeeded (otherwise every page is the status page)
 * @param diagnostics what the latest build reported; when it had errors, the files are those of the
 *     last good build
 */
record SiteSnapshot(Map<String, Resource> files, boolean ready, List<Diagnostic> diagnostics) {

  static SiteSnapshot building() {
    return new SiteSnapshot(Map.of(), false, List.of());
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * A snapshot of a good build; files whose bytes did not change keep their resource (and so their
   * ETag and Last-Modified).
   */
  SiteSnapshot next(Map<String, byte[]> built, List<Diagnostic> diagnostics, String tag, long now) {
    Map<String, Resource> next = new HashMap<>(built.size() * 2);
    built.forEach(
        (path, bytes) -> {
          Resource old = files.get(path);
          boolean same =
              old != null && (old.source() == bytes || Arrays.equals(old.source(), bytes));
          next.put(path, same ? old : Resource.of(path, bytes, tag, now));
        });
    // No copy: the map is this snapshot's alone, and never changed after this.
    return new SiteSnapshot(Collections.unmodifiableMap(next), true, List.copyOf(diagnostics));
  }

  /** The same files with the diagnostics of a build that failed. */
  SiteSnapshot failed(List<Diagnostic> diagnostics) {
    return new SiteSnapshot(files, ready, List.copyOf(diagnostics));
  }

  /** Paths whose bytes differ from those in {@code before}, plus added and removed ones. */
  Set<String> changedSince(SiteSnapshot before) {
    Set<String> changed = new TreeSet<>();
    files.forEach(
        (path, r) -> {
          Resource old = before.files.get(path);
          if (old != r) {
            changed.add(path);
          }
        });
    before.files.keySet().stream().filter(p -> !files.containsKey(p)).forEach(changed::add);
    return changed;
  }
}
