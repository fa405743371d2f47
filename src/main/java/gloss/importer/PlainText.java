package gloss.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Page text copied from a browser, without markup: the first line is the headline, paragraphs are
 * separated by blank lines, and paragraphs that are page debris (photo captions ending in a credit,
 * "Related Posts", "This will close in 0 seconds", share prompts) are dropped.
 */
final class PlainText {
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");

  private PlainText() {}

  /** The headline and the body paragraphs (unescaped text), debris counted in {@code removed}. */
  record Parsed(String title, List<String> paragraphs) {}

  static Parsed parse(String text, Removals removed) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
    List<String> blocks = new ArrayList<>();
    for (String block : BLANK_LINES.split(normalized.strip())) {
      String joined =
          block
              .strip()
              .replaceAll("[ \\t\\u00a0]*\\n[ \\t\\u00a0]*", " ")
              .replaceAll("[ \\t\\u00a0]+", " ");
      if (!joined.isEmpty()) blocks.add(joined);
    }
    if (blocks.isEmpty()) {
      return new Parsed("", List.of());
    }
    // The headline is the first line of the first block; the rest of that block is body text.
    String first = blocks.get(0);
    String firstLine =
        normalized.strip().lines().findFirst().orElse("").strip().replaceAll("[ \\t\\u00a0]+", " ");
    List<String> paragraphs = new ArrayList<>();
    if (first.length() > firstLine.length()) {
      paragraphs.add(first.substring(firstLine.length()).strip());
    }
    paragraphs.addAll(blocks.subList(1, blocks.size()));
    List<String> kept = new ArrayList<>();
    for (String p : paragraphs) {
      Optional<Debris> kind = Debris.byText(p);
      if (kind.isPresent()) {
        removed.add(kind.get());
      } else {
        kept.add(p);
      }
    }
    return new Parsed(firstLine, kept);
  }
}
