package gloss.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * Wraps {@code --help} text at spaces only. Picocli breaks lines wherever Java's line breaker
 * allows, which is inside a URL, a path or a code word ({@code https: //user.github.io/}, {@code
 * site. yml}): what a reader copies from the help then has a space in it. So picocli lays the help
 * out on lines too long to wrap, and each line is wrapped here, continuing under the column it
 * belongs to.
 */
final class HelpWrapping {
  /** The width help is wrapped to, as picocli's default. */
  static final int WIDTH = 80;

  /** Wide enough that picocli never wraps a line itself. */
  private static final int UNWRAPPED = 10_000;

  private HelpWrapping() {}

  /** Applies to the command and every subcommand added so far. */
  static void apply(CommandLine cli) {
    cli.setUsageHelpWidth(UNWRAPPED);
    Map<String, IHelpSectionRenderer> sections = cli.getHelpSectionMap();
    for (Map.Entry<String, IHelpSectionRenderer> section : sections.entrySet()) {
      IHelpSectionRenderer original = section.getValue();
      boolean synopsis =
          section.getKey().equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS);
      section.setValue(
          help -> wrap(original.render(help), WIDTH, synopsis ? SYNOPSIS_HEADING.length() : 0));
    }
    cli.setHelpSectionMap(sections);
    cli.getSubcommands().values().stream().distinct().forEach(HelpWrapping::apply);
  }

  /** Picocli's heading of the synopsis, printed just before it on the same line. */
  private static final String SYNOPSIS_HEADING = "Usage: ";

  /**
   * Every line of {@code text} wrapped to {@code width} at spaces; the first line starts {@code
   * offset} columns in, after a heading.
   */
  static String wrap(String text, int width, int offset) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(String.join("\n", wrapLine(lines[i], width, i == 0 ? offset : 0)));
    }
    return out.toString();
  }

  /**
   * One line, broken at spaces, never inside a word: continuation lines are indented to where the
   * line's text column starts (after the option names, or after {@code Usage: gloss build }).
   */
  static List<String> wrapLine(String line, int width, int offset) {
    if (offset + line.stripTrailing().length() <= width) {
      return List.of(line);
    }
    line = line.stripTrailing();
    int indent = offset > 0 ? offset + synopsisIndent(line) : hangingIndent(line);
    List<String> result = new ArrayList<>();
    String rest = line;
    int lineIndent = offset;
    while (lineIndent + rest.length() > width) {
      int room = width - lineIndent;
      int cut = rest.lastIndexOf(' ', room);
      while (cut > 0 && rest.charAt(cut - 1) == ' ') {
        cut--; // the run of spaces before the text column is not a place to break
      }
      if (cut <= firstTextStart(rest)) {
        cut = rest.indexOf(' ', room); // a word longer than the line stays whole
        if (cut < 0) {
          break;
        }
      }
      result.add(
          " ".repeat(result.isEmpty() ? 0 : lineIndent) + rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
      lineIndent = indent;
    }
    result.add(" ".repeat(result.isEmpty() ? 0 : lineIndent) + rest);
    return result;
  }

  private static int firstTextStart(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** A synopsis continues under its first option, after the command's name. */
  private static int synopsisIndent(String synopsis) {
    int bracket = synopsis.indexOf(" [");
    return bracket > 0 && bracket < WIDTH / 2 ? bracket + 1 : 0;
  }

  /**
   * Where continuation lines start: after the gap of two or more spaces that ends the option names
   * for an option, else under the line's first word.
   */
  private static int hangingIndent(String line) {
    int start = firstTextStart(line);
    int gap = line.indexOf("  ", start);
    if (gap > 0 && gap < WIDTH / 2) {
      int text = firstTextStart(line.substring(gap)) + gap;
      if (text < WIDTH / 2) {
        return text;
      }
    }
    return start;
  }
}
