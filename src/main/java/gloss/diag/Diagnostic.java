package gloss.diag;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One content problem, printed as {@code path:line:col: error: message}, with an optional detail
 * printed on the lines below it (indented: what the YAML parser said, the candidates of an
 * ambiguous quote). Messages quote what contributors wrote and paths name their files, so both are
 * made {@linkplain #printable printable} here, once for every format: a pull request cannot print a
 * fake diagnostic line or send escape sequences to a maintainer's terminal or CI log.
 */
public record Diagnostic(SourcePos pos, Severity severity, String message, List<String> detail)
    implements Comparable<Diagnostic> {

  public Diagnostic {
    String file = printable(pos.file());
    if (!file.equals(pos.file())) {
      pos = SourcePos.of(file, pos.line(), pos.column());
    }
    message = printable(message);
    detail = detail.stream().map(Diagnostic::printable).toList();
  }

  public Diagnostic(SourcePos pos, Severity severity, String message) {
    this(pos, severity, message, List.of());
  }

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::pos)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message)
          .thenComparing(d -> String.join("\n", d.detail()));

  public static Diagnostic error(SourcePos pos, String message) {
    return new Diagnostic(pos, Severity.ERROR, message);
  }

  public static Diagnostic warning(SourcePos pos, String message) {
    return new Diagnostic(pos, Severity.WARNING, message);
  }

  /** A fact {@code check} lists that is no problem: it never fails a run, even with --strict. */
  public static Diagnostic note(SourcePos pos, String message) {
    return new Diagnostic(pos, Severity.NOTE, message);
  }

  /** The same problem with lines of detail below it. */
  public Diagnostic withDetail(List<String> lines) {
    return new Diagnostic(pos, severity, message, lines);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one printed form, shared by the CLI, {@code check} and the serve error overlay. */
  public String format() {
    StringBuilder out = new StringBuilder(headline());
    detail.forEach(line -> out.append('\n').append(DETAIL_INDENT).append(line));
    return out.toString();
  }

  /** The first line alone: {@code path:line:col: error: message}. */
  public String headline() {
    return pos + ": " + severity.label() + ": " + message;
  }

  /** Detail lines are indented by this, so that a reader sees where each diagnostic begins. */
  public static final String DETAIL_INDENT = "    ";

  /**
   * The text with every character that could move the cursor, end the line, recolour the terminal
   * or reorder what is shown written as an escape: {@code \n}, {@code \r} and {@code \}{@code
   * u001b} style for C0 controls but tab, DEL, C1 controls, line and paragraph separators,
   * bidirectional controls and lone surrogates.
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(text, i)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20) {
      return c != '\t';
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
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
