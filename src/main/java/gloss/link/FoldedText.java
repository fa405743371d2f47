package gloss.link;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A copy of a text folded so that differences contributors cannot see do not matter, with a map
 * from every folded character back to the original UTF-16 offsets it came from.
 *
 * <p>Folding applies, in this order: Unicode NFC; typographic quotes, apostrophes and primes to
 * their ASCII forms; dashes and the minus sign to {@code -}; non-breaking spaces to a space;
 * removal of zero-width characters and soft hyphens; every run of white space to a single space.
 * Case is kept.
 *
 * <p>NFC can merge or split characters, so it is applied per cluster (a character and the combining
 * marks or conjoining jamo after it). A cluster that NFC leaves alone maps character by character;
 * one that it changes maps every folded character to the whole original cluster, which is the
 * finest position that still means something.
 */
final class FoldedText {

  private final String folded;
  private final int[] originalStart;
  private final int[] originalEnd;

  private FoldedText(String folded, int[] originalStart, int[] originalEnd) {
    this.folded = folded;
    this.originalStart = originalStart;
    this.originalEnd = originalEnd;
  }

  static FoldedText of(String original) {
    Folder folder = new Folder(original.length());
    if (Normalizer.isNormalized(original, Normalizer.Form.NFC)) {
      // Nearly every article: one quick check instead of normalising cluster by cluster.
      for (int i = 0; i < original.length(); i++) {
        folder.add(original.charAt(i), i, i + 1);
      }
      return folder.finish();
    }
    int i = 0;
    while (i < original.length()) {
      int clusterEnd = clusterEnd(original, i);
      char first = original.charAt(i);
      if (clusterEnd == i + 1 && first < 0x80) {
        // The common case in news text: an ASCII character, already in NFC.
        folder.add(first, i, i + 1);
      } else {
        String cluster = original.substring(i, clusterEnd);
        String composed = Normalizer.normalize(cluster, Normalizer.Form.NFC);
        if (composed.equals(cluster)) {
          for (int k = i; k < clusterEnd; k++) {
            folder.add(original.charAt(k), k, k + 1);
          }
        } else {
          for (int k = 0; k < composed.length(); k++) {
            folder.add(composed.charAt(k), i, clusterEnd);
          }
        }
      }
      i = clusterEnd;
    }
    return folder.finish();
  }

  /**
   * Folds a quote, prefix or suffix the same way as the text, without keeping the map. The result
   * may start or end with a single space; callers strip what their context requires.
   */
  static String fold(String text) {
    return of(text).folded;
  }

  String folded() {
    return folded;
  }

  int length() {
    return folded.length();
  }

  char charAt(int index) {
    return folded.charAt(index);
  }

  /** Original offset where the folded character at {@code foldedIndex} starts. */
  int originalStart(int foldedIndex) {
    return originalStart[foldedIndex];
  }

  /** Original offset just after the folded character at {@code foldedIndex}. */
  int originalEnd(int foldedIndex) {
    return originalEnd[foldedIndex];
  }

  /** True for the characters that {@link #wordStart}/{@link #wordEnd} treat as inside a word. */
  static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * The start of the word that {@code index} lies inside, or {@code index} if it is at a word
   * start.
   */
  int wordStart(int index) {
    int start = index;
    while (start > 0
        && start < folded.length()
        && isWordChar(folded.charAt(start - 1))
        && isWordChar(folded.charAt(start))) {
      start--;
    }
    return start;
  }

  /**
   * The end of the word that the exclusive end {@code end} cuts, or {@code end} if it cuts none.
   */
  int wordEnd(int end) {
    int result = end;
    while (result > 0
        && result < folded.length()
        && isWordChar(folded.charAt(result - 1))
        && isWordChar(folded.charAt(result))) {
      result++;
    }
    return result;
  }

  private static int clusterEnd(String text, int start) {
    int end = start + Character.charCount(text.codePointAt(start));
    while (end < text.length()) {
      int next = text.codePointAt(end);
      if (!continuesCluster(next)) {
        break;
      }
      end += Character.charCount(next);
    }
    return end;
  }

  private static boolean continuesCluster(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        // Hangul vowel and final jamo compose with the syllable or jamo before them.
        || (codePoint >= 0x1160 && codePoint <= 0x11FF);
  }

  static boolean isIgnorable(char c) {
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD';
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u00A0'
        || c == '\u202F'
        || c == '\u2007';
  }

  private static char foldChar(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033':
        return '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
        return '-';
      default:
        return c;
    }
  }

  /** Accumulates folded characters and their original spans; collapses white-space runs. */
  private static final class Folder {
    private final StringBuilder out;
    private int[] starts;
    private int[] ends;
    private boolean inSpace;
    private int spaceStart;
    private int spaceEnd;

    Folder(int capacity) {
      out = new StringBuilder(capacity);
      starts = new int[Math.max(16, capacity)];
      ends = new int[Math.max(16, capacity)];
    }

    void add(char c, int from, int to) {
      if (isIgnorable(c)) {
        return;
      }
      if (isSpace(c)) {
        if (!inSpace) {
          inSpace = true;
          spaceStart = from;
        }
        spaceEnd = to;
        return;
      }
      flushSpace();
      append(foldChar(c), from, to);
    }

    private void flushSpace() {
      if (inSpace) {
        append(' ', spaceStart, spaceEnd);
        inSpace = false;
      }
    }

    private void append(char c, int from, int to) {
      int index = out.length();
      if (index == starts.length) {
        starts = Arrays.copyOf(starts, index * 2);
        ends = Arrays.copyOf(ends, index * 2);
      }
      out.append(c);
      starts[index] = from;
      ends[index] = to;
    }

    FoldedText finish() {
      flushSpace();
      int length = out.length();
      return new FoldedText(
          out.toString(), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
    }
  }
}
