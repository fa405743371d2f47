package gloss.diag;

import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects diagnostics from every stage so that one run reports all problems. Thread-safe: stages
 * work on documents in parallel and report into the same sink.
 */
public final class Diagnostics {
  private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();

  public void error(SourcePos pos, String message) {
    items.add(Diagnostic.error(pos, message));
  }

  public void warning(SourcePos pos, String message) {
    items.add(Diagnostic.warning(pos, message));
  }

  /** An error with lines of detail below its message. */
  public void error(SourcePos pos, String message, List<String> detail) {
    items.add(Diagnostic.error(pos, message).withDetail(detail));
  }

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public long errorCount() {
    return items.stream().filter(Diagnostic::isError).count();
  }

  /**
   * All diagnostics, sorted by file, line and column so that every run prints the same, without
   * repeats (a broken template fails the same way on every page).
   */
  public List<Diagnostic> sorted() {
    return List.copyOf(new TreeSet<>(items));
  }
}
