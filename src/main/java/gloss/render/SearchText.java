package gloss.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How search cuts text into words and words into index terms; {@code templates/assets/search.js}
 * does the same to the reader's query and to the text it highlights, so the two must change
 * together.
 *
 * <ul>
 *   <li>A word is a run of letters, digits and combining marks ({@code [\p{L}\p{N}\p{M}]+}).
 *   <li>Folding: canonical decomposition, combining marks dropped, lower case: "Émile" is "emile".
 *   <li>Stemming: the S-stemmer (Harman 1991), which only undoes English plurals and third persons
 *       ("attacks" is "attack", "agencies" is "agency"), on words of four letters or more; a
 *       stronger stemmer would conflate names, which a digest is full of.
 * </ul>
 */
public final class SearchText {
  private SearchText() {}

  /** A word of a text: {@code [start, end)} in it. */
  public record Word(int start, int end) {}

  /** The words of {@code text}, in order. */
  public static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n) {
        cp = text.codePointAt(i);
        if (!isWordChar(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      words.add(new Word(start, i));
    }
    return words;
  }

  /** The index terms of {@code text}: each word folded and stemmed, in order. */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    forEachTerm(text, (chars, length, hash) -> terms.add(new String(chars, 0, length)));
    return terms;
  }

  /** Receives terms as characters in a buffer that is reused once the call returns. */
  @FunctionalInterface
  public interface TermSink {
    /**
     * @param hash {@link String#hashCode()} of the term, worked out as it was read
     */
    void term(char[] chars, int length, int hash);
  }

  /**
   * Gives each index term of {@code text} to {@code sink}, in order; what {@link #terms} does
   * without its strings: an ASCII word (most of them) is lower-cased, copied and hashed as it is
   * read, and stemmed in place, so that a word met before costs no string (the index build's
   * hottest loop).
   */
  public static void forEachTerm(String text, TermSink sink) {
    // One copy of the text up front: indexing a char[] is cheaper than String.charAt, most of
    // all for the UTF-16 strings that any curly quote makes.
    forEachTerm(text.toCharArray(), sink);
  }

  /** {@link #forEachTerm(String, TermSink)} over characters, which it does not change. */
  static void forEachTerm(char[] chars, TermSink sink) {
    char[] buffer = new char[32];
    int i = 0;
    int n = chars.length;
    while (i < n) {
      char c = chars[i];
      if (c < 128 && ASCII_LOWER[c] == 0) {
        i++;
        continue;
      }
      int start = i;
      int hash = 0;
      int length = 0;
      while (i < n && (c = chars[i]) < 128 && ASCII_LOWER[c] != 0) {
        if (length == buffer.length) {
          buffer = java.util.Arrays.copyOf(buffer, length * 2);
        }
        char lower = ASCII_LOWER[c];
        buffer[length++] = lower;
        hash = 31 * hash + lower;
        i++;
      }
      if (i < n && c >= 128 && isWordChar(Character.codePointAt(chars, i))) {
        i = nonAsciiWordEnd(chars, i);
        String term = stem(fold(new String(chars, start, i - start)));
        if (buffer.length < term.length()) {
          buffer = new char[term.length() * 2];
        }
        term.getChars(0, term.length(), buffer, 0);
        sink.term(buffer, term.length(), term.hashCode());
        continue;
      }
      if (length == 0) {
        i += Character.charCount(Character.codePointAt(chars, i)); // not a word character
        continue;
      }
      int stemmed = stemmedLength(buffer, length);
      if (stemmed != length) {
        hash = 0;
        for (int k = 0; k < stemmed; k++) {
          hash = 31 * hash + buffer[k];
        }
      }
      sink.term(buffer, stemmed, hash);
    }
  }

  /** Where the word that reaches a non-ASCII word character at {@code i} ends. */
  private static int nonAsciiWordEnd(char[] chars, int i) {
    int n = chars.length;
    while (i < n) {
      char c = chars[i];
      if (c < 128) {
        if (ASCII_LOWER[c] == 0) {
          break;
        }
        i++;
        continue;
      }
      int cp = Character.codePointAt(chars, i);
      if (!isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** For each ASCII character, its lower case when it is a word character ([A-Za-z0-9]), else 0. */
  private static final char[] ASCII_LOWER = new char[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ASCII_LOWER[c] = c;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_LOWER[c] = c;
      ASCII_LOWER[c - 'a' + 'A'] = c;
    }
  }

  /** {@link #stem} in place on a folded ASCII word: the length of its stem ("ies" becomes "y"). */
  private static int stemmedLength(char[] w, int n) {
    // Every rule ends in "s", and most words do not.
    if (n < 4 || w[n - 1] != 's') {
      return n;
    }
    if (endsWith(w, n, "ies") && !endsWith(w, n, "eies") && !endsWith(w, n, "aies")) {
      w[n - 3] = 'y';
      return n - 2;
    }
    if (endsWith(w, n, "es")
        && !endsWith(w, n, "aes")
        && !endsWith(w, n, "ees")
        && !endsWith(w, n, "oes")) {
      return n - 1;
    }
    if (!endsWith(w, n, "us") && !endsWith(w, n, "ss")) {
      return n - 1;
    }
    return n;
  }

  private static boolean endsWith(char[] w, int n, String suffix) {
    int k = suffix.length();
    if (n < k) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      if (w[n - k + j] != suffix.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** {@code word} without case or diacritics. */
  public static String fold(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      ascii = word.charAt(i) < 128;
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(cp -> !isMark(cp))
        .forEach(cp -> b.append(Character.toChars(cp)));
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The S-stemmer on a folded word; words shorter than four characters are kept whole. */
  public static String stem(String word) {
    int n = word.length();
    if (n < 4) {
      return word;
    }
    if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (word.endsWith("es")
        && !word.endsWith("aes")
        && !word.endsWith("ees")
        && !word.endsWith("oes")) {
      return word.substring(0, n - 1);
    }
    if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /** The words of {@code text} folded (not stemmed) and joined by single spaces: a name's key. */
  public static String nameKey(String text) {
    StringBuilder b = new StringBuilder();
    for (Word w : words(text)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(fold(text.substring(w.start(), w.end())));
    }
    return b.toString();
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetter(cp) || isNumber(cp) || isMark(cp);
  }

  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
