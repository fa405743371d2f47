package gloss.load;

import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import gloss.model.EntityKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decoded content files kept from one load to the next, so that a rebuild in {@code serve}
 * reads again only the files it is told have changed. Each file's result is kept with the
 * diagnostics it produced, which are reported again on every load, so a cached load reports
 * exactly what a fresh one would.
 *
 * <p>Callers report every created, modified, deleted or renamed path with {@link #changed}; a
 * path the cache did not know, or one that is no longer a regular file, makes the next load
 * walk the folder again. Not thread-safe: one load at a time.
 */
public final class ContentCache {
  /** One decoded file: an Article, Annotation or Entity, or empty, and what it reported. */
  record Entry(Optional<Object> item, List<Diagnostic> diagnostics) {}

  private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
  private final Set<Path> dirty = new HashSet<>();
  private List<Path> files;
  private List<Diagnostic> walkDiagnostics = List.of();
  private Map<String, EntityKind> kinds;

  /** A path under the content folder was created, modified, deleted or renamed. */
  public void changed(Path path) {
    Path p = path.toAbsolutePath().normalize();
    dirty.add(p);
    if (!entries.containsKey(p) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      files = null;
    }
  }

  /** Forgets everything, for changes that were not reported one by one. */
  public void clear() {
    entries.clear();
    dirty.clear();
    files = null;
    walkDiagnostics = List.of();
  }

  /** The content files: the last walk's unless something was created or deleted since. */
  List<Path> files(Walker walker, Diagnostics diagnostics) throws IOException {
    if (files == null) {
      Diagnostics walked = new Diagnostics();
      files = List.copyOf(walker.walk(walked));
      walkDiagnostics = walked.sorted();
      entries.keySet().retainAll(new HashSet<>(files));
    }
    walkDiagnostics.forEach(diagnostics::add);
    return files;
  }

  /**
   * Drops every entry when the entity kinds changed (they decide how a file is read), and the
   * entries of changed files.
   */
  void prepare(Map<String, EntityKind> currentKinds) {
    if (!currentKinds.equals(kinds)) {
      entries.clear();
      kinds = Map.copyOf(currentKinds);
    }
    dirty.forEach(entries::remove);
    dirty.clear();
  }

  /**
   * The files' decoded items in file order, reading (in parallel) only the files that are not
   * cached; every file's diagnostics are reported.
   */
  List<Object> items(List<Path> files, Reader reader, Diagnostics diagnostics) {
    List<Path> missing = files.stream().filter(f -> !entries.containsKey(f)).toList();
    missing.parallelStream()
        .forEach(
            file -> {
              Diagnostics own = new Diagnostics();
              entries.put(file, new Entry(reader.read(file, own), own.sorted()));
            });
    List<Object> items = new ArrayList<>(files.size());
    for (Path file : files) {
      Entry entry = entries.get(file);
      entry.diagnostics().forEach(diagnostics::add);
      entry.item().ifPresent(items::add);
    }
    return items;
  }

  /** Lists the content files, reporting into the given sink. */
  interface Walker {
    List<Path> walk(Diagnostics diagnostics) throws IOException;
  }

  /** Decodes one file, reporting into the given sink. */
  interface Reader {
    Optional<Object> read(Path file, Diagnostics diagnostics);
  }
}
