package gloss.load;

import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import gloss.model.EntityKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
  /** Files dropped from the cache since the last load, to be read again. */
  private final Set<Path> reread = new HashSet<>();
  /** The last load's files, their positions and entries, and their diagnostics in order. */
  private List<Path> assembledFiles;
  private Map<Path, Integer> index;
  private Entry[] assembled;
  private List<Diagnostic> fileDiagnostics;
  /**
   * Items replaced by the last call to {@link #items} (old, new; null for a file that gave
   * none) when the file list was the same, else null.
   */
  List<Object[]> replaced;
  /** The last load's result and the diagnostics of its checks across files. */
  gloss.model.Content lastContent;
  List<Diagnostic> lastCheckDiagnostics;

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
    assembledFiles = null;
    lastContent = null;
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
      assembledFiles = null;
    }
    for (Path p : dirty) {
      if (entries.remove(p) != null) {
        reread.add(p);
      }
    }
    dirty.clear();
  }

  /**
   * The files' decoded items in file order, reading (in parallel) only the files that are not
   * cached; every file's diagnostics are reported. When the file list is the one of the last
   * call, only the positions of files read again are updated.
   */
  List<Object> items(List<Path> files, Reader reader, Diagnostics diagnostics) {
    List<Path> missing = new ArrayList<>();
    boolean sameFiles = files == assembledFiles;
    if (sameFiles) {
      for (Path file : reread) {
        if (!entries.containsKey(file)) {
          missing.add(file);
        }
      }
    } else {
      for (Path file : files) {
        if (!entries.containsKey(file)) {
          missing.add(file);
        }
      }
    }
    reread.clear();
    missing.parallelStream()
        .forEach(
            file -> {
              Diagnostics own = new Diagnostics();
              entries.put(file, new Entry(reader.read(file, own), own.sorted()));
            });
    replaced = sameFiles ? new ArrayList<>() : null;
    if (!sameFiles) {
      assembledFiles = files;
      index = new HashMap<>(files.size() * 2);
      assembled = new Entry[files.size()];
      for (int i = 0; i < assembled.length; i++) {
        index.put(files.get(i), i);
        assembled[i] = entries.get(files.get(i));
      }
      fileDiagnostics = null;
    } else {
      for (Path file : missing) {
        Integer i = index.get(file);
        Entry old = assembled[i];
        assembled[i] = entries.get(file);
        replaced.add(new Object[] {old.item().orElse(null), assembled[i].item().orElse(null)});
        if (!old.diagnostics().isEmpty() || !assembled[i].diagnostics().isEmpty()) {
          fileDiagnostics = null;
        }
      }
    }
    if (fileDiagnostics == null) {
      List<Diagnostic> all = new ArrayList<>();
      for (Entry entry : assembled) {
        all.addAll(entry.diagnostics());
      }
      fileDiagnostics = all;
    }
    fileDiagnostics.forEach(diagnostics::add);
    List<Object> items = new ArrayList<>(assembled.length);
    for (Entry entry : assembled) {
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
