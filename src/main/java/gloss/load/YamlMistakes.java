package gloss.load;

import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says in plain words what the common YAML mistakes are and how to fix them: the parser's own
 * message ("expected &lt;block end&gt;, but found '&lt;scalar&gt;'") names its grammar, not the
 * mistake. The parser's message is kept for the detail line; the mark moves to where the mistake is
 * (the opening quote of a quote never closed, the line that has no colon).
 */
final class YamlMistakes {
  private YamlMistakes() {}

  /** A mistake explained: where it is (0-based, in the YAML text) and what to do. */
  record Explained(int line, int column, String message) {}

  /** The explanation of a parser error, or empty when it is not one of the common mistakes. */
  static Optional<Explained> explain(MarkedYAMLException e, String yaml) {
    String problem = String.valueOf(e.getProblem());
    String context = String.valueOf(e.getContext());
    Mark mark = e.getProblemMark();
    Mark start = e.getContextMark();
    if (mark == null) {
      return Optional.empty();
    }
    String line = lineAt(yaml, mark.getLine());
    if (problem.startsWith("found character '\\t(TAB)'")) {
      return explained(
          mark, "a tab character: YAML indents with spaces only; replace the tab with spaces");
    }
    if (problem.startsWith("found character '")
        && problem.contains("that cannot start any token")) {
      String c = problem.substring("found character '".length()).substring(0, 1);
      return explained(
          mark,
          "a value cannot start with '"
              + c
              + "' unless it is in quotes: "
              + quotedLine(line).orElse("quote: \"" + c + "…\""));
    }
    if (context.equals("while scanning an alias")
        || context.equals("while scanning an anchor")
        || problem.startsWith("found undefined alias")) {
      Mark at = start != null ? start : mark;
      String c = context.contains("anchor") ? "&" : "*";
      return explained(
          at,
          "a value that starts with '"
              + c
              + "' must be in quotes (YAML reads it as a reference): "
              + quotedLine(lineAt(yaml, at.getLine())).orElse("quote: \"" + c + "…\""));
    }
    if (context.equals("while scanning a quoted scalar") && start != null) {
      return explained(
          start,
          "this quote is never closed: end the value with the same quote mark it starts with");
    }
    if (context.startsWith("while parsing a flow ") && start != null) {
      boolean list = context.endsWith("sequence");
      String open = list ? "[" : "{";
      String close = list ? "]" : "}";
      if (mark.getLine() > start.getLine() || problem.endsWith("<stream end>")) {
        return explained(
            start,
            "this '"
                + open
                + "' is never closed: end it with '"
                + close
                + "' on the same line, or put a text value that starts with '"
                + open
                + "' in quotes");
      }
      return explained(
          mark,
          "items in '"
              + open
              + "…"
              + close
              + "' are separated by ', '; put an item in quotes if it contains ',', ':', '[' or"
              + " ']'");
    }
    if (problem.equals("could not find expected ':'") && start != null) {
      return explained(
          start,
          "this line is not 'key: value': add ': ' after the key, or, if the line continues the"
              + " value above, put that value in quotes");
    }
    if (problem.equals("mapping values are not allowed here")) {
      int firstColon = line.indexOf(": ");
      boolean indentedKey = !line.isBlank() && Character.isWhitespace(line.charAt(0));
      if (indentedKey && firstColon >= 0 && firstColon + 1 >= mark.getColumn()) {
        return Optional.of(
            new Explained(
                mark.getLine(),
                line.length() - line.stripLeading().length(),
                "wrong indentation: '"
                    + line.substring(0, firstColon).strip()
                    + ":' is indented, so it reads as part of the line above; start it at the same"
                    + " column as the other keys"));
      }
      return explained(
          mark,
          "a value that contains ': ' must be in quotes: "
              + quotedLine(line).orElse("summary: \"Geneva: the talks\""));
    }
    if (problem.startsWith("expected <block end>, but found '<scalar>'")) {
      String before = line.substring(0, Math.min(mark.getColumn(), line.length())).stripTrailing();
      if (before.endsWith("]") || before.endsWith("}")) {
        String open = before.endsWith("]") ? "[" : "{";
        return explained(
            mark,
            "text after a closing '"
                + before.charAt(before.length() - 1)
                + "': a value that starts with '"
                + open
                + "' is read as a list or mapping; put the whole value in quotes: "
                + quotedLine(line).orElse("title: \"" + open + "…\""));
      }
      return explained(
          mark,
          "text after a closing quote: a quoted value ends at its closing quote; quote the whole"
              + " value, with the other kind of quote mark outside: "
              + quotedLine(line).orElse("quote: 'he said \"no\" today'"));
    }
    if (problem.startsWith("expected <block end>, but found")) {
      return explained(
          mark,
          "wrong indentation: this line does not line up with the ones above it; keys start at the"
              + " first column, and the items of a list ('- …') line up under each other, below a"
              + " key with nothing after its colon");
    }
    return Optional.empty();
  }

  private static Optional<Explained> explained(Mark at, String message) {
    return Optional.of(new Explained(at.getLine(), at.getColumn(), message));
  }

  /**
   * The line {@code key: value} with its whole value quoted, as the fix to show, when the line has
   * that shape: double quotes unless the value has some, then single quotes (doubled inside).
   */
  static Optional<String> quotedLine(String line) {
    int colon = line.indexOf(": ");
    if (colon <= 0 || line.substring(0, colon).isBlank()) {
      return Optional.empty();
    }
    String key = line.substring(0, colon).strip();
    String value = line.substring(colon + 2).strip();
    if (value.length() > 1
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))
        && !value.substring(1, value.length() - 1).contains(value.substring(0, 1))) {
      return Optional.empty(); // quoted already: not a quoting mistake
    }
    if (value.startsWith("\"") && value.endsWith("\"") && value.length() > 1) {
      return Optional.of(key + ": '" + value.substring(1, value.length() - 1) + "'");
    }
    return Optional.of(
        value.contains("\"")
            ? key + ": '" + value.replace("'", "''") + "'"
            : key + ": \"" + value + "\"");
  }

  private static String lineAt(String yaml, int line) {
    String[] lines = yaml.split("\n", -1);
    return line < lines.length ? lines[line] : "";
  }
}
