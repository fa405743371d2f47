package gloss.check;

import gloss.diag.Diagnostic;
import gloss.diag.Severity;
import gloss.model.Content;
import java.util.List;

/**
 * What {@code gloss check} found.
 *
 * @param diagnostics every error and warning, sorted by file, line and column
 * @param pages how many HTML pages the in-memory build produced
 * @param content the content that was checked (for the pull-request summary)
 */
public record CheckReport(List<Diagnostic> diagnostics, int pages, Content content) {

  public CheckReport {
    diagnostics = List.copyOf(diagnostics);
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warnings() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }

  /** Whether there is any error or warning (notes are not problems). */
  public boolean hasProblems() {
    return errors() + warnings() > 0;
  }

  /** Whether the check fails: any error, or with {@code strict} any warning too. */
  public boolean fails(boolean strict) {
    return errors() > 0 || strict && warnings() > 0;
  }
}
