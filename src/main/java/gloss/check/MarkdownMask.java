package gloss.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a Markdown text with everything else blanked out, character for character, so that
 * offsets into the mask are offsets into the source. Code, headings, URLs, HTML tags, link
 * destinations and emphasis markers become spaces; list and quote markers become a period so that
 * the word after them counts as the start of a sentence.
 */
final class MarkdownMask {
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s|$)");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
  private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s");
  private static final Pattern BLOCK_MARKER =
      Pattern.compile("^( {0,3}(?:>\\s?)+| {0,3}(?:[-*+]|\\d{1,9}[.)])(?=\\s))");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`]*?\\1");
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final Pattern TAG = Pattern.compile("<[^>\\n]*>");
  private static final Pattern LINK_DESTINATION =
      Pattern.compile("\\]\\([^)\\n]*\\)|\\]\\[[^\\]\\n]*\\]");
  private static final Pattern MARKUP = Pattern.compile("[*_\\\\\\[\\]!]");

  private MarkdownMask() {}

  static String of(String markdown) {
    char[] mask = markdown.toCharArray();
    String[] lines = markdown.split("\n", -1);
    int offset = 0;
    boolean inFence = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      boolean fenceLine = FENCE.matcher(line).find();
      boolean nextIsSetext =
          i + 1 < lines.length
              && !line.isBlank()
              && SETEXT.matcher(lines[i + 1]).matches()
              && !BLOCK_MARKER.matcher(line).find();
      boolean indentedCode =
          (line.startsWith("    ") || line.startsWith("\t"))
              && (i == 0
                  || lines[i - 1].isBlank()
                  || isBlank(mask, offsetOf(lines, i - 1), lines[i - 1].length()));
      if (inFence
          || fenceLine
          || HEADING.matcher(line).find()
          || nextIsSetext
          || SETEXT.matcher(line).matches() && i > 0 && !lines[i - 1].isBlank()
          || REFERENCE.matcher(line).find()
          || indentedCode) {
        blank(mask, offset, offset + line.length());
      } else {
        Matcher marker = BLOCK_MARKER.matcher(line);
        if (marker.find() && marker.end() > 0) {
          blank(mask, offset, offset + marker.end());
          mask[offset + marker.end() - 1] = '.';
        }
      }
      if (fenceLine) {
        inFence = !inFence;
      }
      offset += line.length() + 1;
    }
    String text = new String(mask);
    for (Pattern p : new Pattern[] {CODE_SPAN, URL, TAG, LINK_DESTINATION, MARKUP}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        blank(mask, m.start(), m.end());
      }
      text = new String(mask);
    }
    return text;
  }

  private static int offsetOf(String[] lines, int index) {
    int offset = 0;
    for (int i = 0; i < index; i++) {
      offset += lines[i].length() + 1;
    }
    return offset;
  }

  private static boolean isBlank(char[] mask, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (!Character.isWhitespace(mask[i])) return false;
    }
    return true;
  }

  private static void blank(char[] mask, int from, int to) {
    for (int i = from; i < to; i++) {
      if (mask[i] != '\n') {
        mask[i] = ' ';
      }
    }
  }
}
