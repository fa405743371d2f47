package gloss;

import gloss.diag.Diagnostic;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a build did.
 *
 * @param diagnostics every problem found, sorted
 * @param files how many files the site has
 * @param bytes their total size
 * @param published whether the output folder now holds this build
 * @param previousSiteRemoval the removal of the site this build replaced, which goes on after the
 *     build has published; it fails, leaving the old files for the next build to remove, when a
 *     file cannot be deleted
 */
public record BuildResult(
    List<Diagnostic> diagnostics,
    int files,
    long bytes,
    boolean published,
    CompletableFuture<Void> previousSiteRemoval) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
