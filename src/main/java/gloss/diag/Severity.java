package gloss.diag;

/** How bad a content problem is: errors fail the build, warnings are reported and let it go on. */
public enum Severity {
  ERROR,
  WARNING;

  /** The word used in printed diagnostics: {@code error} or {@code warning}. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
