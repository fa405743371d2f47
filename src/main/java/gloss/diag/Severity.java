package gloss.diag;

/**
 * How bad a content problem is: errors fail the build, warnings are reported and let it go on (and
 * fail {@code check --strict}), notes only inform.
 */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** The word used in printed diagnostics: {@code error}, {@code warning} or {@code note}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
