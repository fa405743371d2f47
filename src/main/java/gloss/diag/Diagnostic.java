package gloss.diag;

import java.util.Comparator;

/** One content problem, printed as {@code path:line:col: error: message}. */
public record Diagnostic(SourcePos pos, Severity severity, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::pos)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public static Diagnostic error(SourcePos pos, String message) {
    return new Diagnostic(pos, Severity.ERROR, message);
  }

  public static Diagnostic warning(SourcePos pos, String message) {
    return new Diagnostic(pos, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one printed form, shared by the CLI, {@code check} and the serve error overlay. */
  public String format() {
    return pos + ": " + severity.label() + ": " + message;
  }

  @Override
  public int compareTo(Diagnostic o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return format();
  }
}
