package gloss;

import gloss.diag.Diagnostic;
import java.util.List;

/**
 * What a build did.
 *
 * @param diagnostics every problem found, sorted
 * @param files how many files the site has
 * @param bytes their total size
 * @param published whether the output folder now holds this build
 */
public record BuildResult(List<Diagnostic> diagnostics, int files, long bytes, boolean published) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
