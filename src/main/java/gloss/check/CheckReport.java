package gloss.check;

import gloss.diag.Diagnostic;
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
    return diagnostics.size() - errors();
  }

  /** Whether the check fails: any error, or with {@code strict} any warning too. */
  public boolean fails(boolean strict) {
    return errors() > 0 || strict && warnings() > 0;
  }
}
