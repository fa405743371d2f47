package gloss.render;

import gloss.link.BodyText;

/**
 * The start of a note as plain text, for the lists that show many notes (a contributor's pages and
 * feed): its first sentence when that is short enough, else its first words up to {@link #LENGTH}
 * characters followed by an ellipsis. The whole note stays one link away, on its article page.
 */
final class Excerpt {
  /** The longest excerpt, ellipsis aside. */
  static final int LENGTH = 200;

  private Excerpt() {}

  /** The excerpt of a note's text as the link stage read it (blocks separated by a space). */
  static String of(BodyText body) {
    String text = body.text();
    String end = firstSentence(text);
    if (end != null) {
      return end;
    }
    if (text.length() <= LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', LENGTH);
    // One word longer than the whole excerpt is cut where the excerpt ends.
    String words = (cut > 0 ? text.substring(0, cut) : text.substring(0, LENGTH)).stripTrailing();
    return words.replaceAll("[,;:–—-]+$", "") + "…";
  }

  /**
   * The text up to the end of its first sentence (a full stop, question or exclamation mark, with
   * any closing quote or bracket, followed by a space and no lower-case letter, so that "e.g. this"
   * goes on), if that comes within {@link #LENGTH} characters; null otherwise, and when the
   * sentence is the whole text.
   */
  private static String firstSentence(String text) {
    for (int i = 0; i < Math.min(text.length(), LENGTH); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '?' || c == '!') {
        int end = i + 1;
        while (end < text.length() && "\"'”’)]".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        if (end <= LENGTH
            && end + 1 < text.length()
            && text.charAt(end) == ' '
            && !Character.isLowerCase(text.charAt(end + 1))) {
          return text.substring(0, end);
        }
      }
    }
    return null;
  }
}
