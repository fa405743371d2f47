package gloss.link;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds "see in the original" links: the source URL with a text fragment ({@code
 * #:~:text=prefix-,exact,-suffix}, WICG Text Fragments) that makes the browser scroll to and
 * highlight the passage.
 *
 * <p>Browsers match a directive at word boundaries, and a single {@code exact} term only within one
 * block. So the context is cut to whole words, and a passage that crosses a line break (a likely
 * block boundary) or is very long is sent as a range, {@code textStart,textEnd}: the first few
 * words of its first line and the last few of its last line.
 */
public final class TextFragments {

  /** Context words kept on each side: enough to disambiguate, short enough to survive edits. */
  private static final int CONTEXT_WORDS = 3;

  /** Longer passages are sent as a range; Chromium's own link generator switches near here. */
  private static final int MAX_EXACT_CHARS = 300;

  /** Words in each end of a range. */
  private static final int RANGE_TERM_WORDS = 4;

  private TextFragments() {}

  /**
   * Returns {@code url} (any fragment it had removed) with a text directive for the passage.
   *
   * <p>{@code prefix} is the text just before the passage and {@code suffix} the text just after,
   * for example {@link TextQuoteMatcher#prefixBefore} with 32 characters; either may be null or
   * empty. At most the last three words of the prefix and the first three of the suffix are used.
   * The first word of {@code prefix} is treated as cut short, and dropped, unless white space
   * precedes it; likewise the last word of {@code suffix}, since a partial word would make the
   * browser find nothing. A blank {@code exact} gives the bare URL.
   */
  public static String link(String url, String prefix, String exact, String suffix) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(exact, "exact");
    int hash = url.indexOf('#');
    String base = hash >= 0 ? url.substring(0, hash) : url;
    List<String> passageWords = words(exact);
    if (passageWords.isEmpty()) {
      return base;
    }

    List<String> terms = new ArrayList<>();
    List<String> prefixWords = contextWords(prefix, true);
    if (!prefixWords.isEmpty()) {
      terms.add(encode(String.join(" ", prefixWords)) + "-");
    }
    String passage = String.join(" ", passageWords);
    if (containsLineBreak(exact) || passage.length() > MAX_EXACT_CHARS) {
      List<String> lines = nonBlankLines(exact);
      List<String> firstLine = words(lines.get(0));
      List<String> lastLine = words(lines.get(lines.size() - 1));
      terms.add(
          encode(
              String.join(
                  " ", firstLine.subList(0, Math.min(RANGE_TERM_WORDS, firstLine.size())))));
      terms.add(
          encode(
              String.join(
                  " ",
                  lastLine.subList(
                      Math.max(0, lastLine.size() - RANGE_TERM_WORDS), lastLine.size()))));
    } else {
      terms.add(encode(passage));
    }
    List<String> suffixWords = contextWords(suffix, false);
    if (!suffixWords.isEmpty()) {
      terms.add("-" + encode(String.join(" ", suffixWords)));
    }
    return base + "#:~:text=" + String.join(",", terms);
  }

  /**
   * Percent-encodes a directive term as UTF-8, leaving only {@code A-Z a-z 0-9 . _ ~} as they are.
   * The spec requires {@code - & ,} to be encoded inside terms (they delimit the directive);
   * encoding every other character too is always safe.
   */
  static String encode(String term) {
    StringBuilder out = new StringBuilder(term.length() * 3);
    for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean unreserved =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  private static List<String> contextWords(String context, boolean isPrefix) {
    if (context == null) {
      return List.of();
    }
    List<String> words = words(context);
    if (words.isEmpty()) {
      return words;
    }
    if (isPrefix) {
      if (!FoldedText.isSpace(context.charAt(0))) {
        words.remove(0);
      }
      return words.subList(Math.max(0, words.size() - CONTEXT_WORDS), words.size());
    }
    if (!FoldedText.isSpace(context.charAt(context.length() - 1))) {
      words.remove(words.size() - 1);
    }
    return words.subList(0, Math.min(CONTEXT_WORDS, words.size()));
  }

  private static List<String> words(String raw) {
    String collapsed = TextQuoteMatcher.collapseWhitespace(raw);
    return collapsed.isEmpty()
        ? new ArrayList<>()
        : new ArrayList<>(Arrays.asList(collapsed.split(" ")));
  }

  private static boolean containsLineBreak(String raw) {
    return raw.strip().chars().anyMatch(TextFragments::isLineBreak);
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static List<String> nonBlankLines(String raw) {
    List<String> lines = new ArrayList<>();
    for (String line : raw.split("[\\n\\r\\u2028\\u2029]+")) {
      if (!words(line).isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
