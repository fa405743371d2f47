package gloss.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the code points that make a page invalid: XML 1.0 forbids C0 controls other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF and lone surrogates; HTML also counts DEL, the C1
 * controls and every noncharacter as parse errors (the Nu checker reports them). Front matter
 * refuses control characters with a position, but Markdown bodies and themes may still hold them
 * (and Jsoup writes them as character references), so every rendered file passes through here once,
 * just before it is written.
 */
final class PublishableText {
  private PublishableText() {}

  /** A numeric character reference, as Jsoup writes controls: {@code &#x7;}. */
  private static final Pattern REFERENCE =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));");

  /** The text without forbidden code points; the same instance when there are none. */
  static String of(String text) {
    return withoutReferences(withoutCodePoints(text));
  }

  /**
   * Drops character references to forbidden code points, which are as invalid as the points. Every
   * page has references ({@code &#39;} for each apostrophe), so the text is copied only when one of
   * them must go.
   */
  private static String withoutReferences(String text) {
    int at = text.indexOf("&#");
    if (at < 0) {
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (at >= 0) {
      m.region(at, text.length());
      if (!m.lookingAt()) {
        at = text.indexOf("&#", at + 2);
        continue;
      }
      long cp = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
      if (cp == 0 || cp > Character.MAX_CODE_POINT || isForbidden((int) cp)) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, m.start());
        copied = m.end();
      }
      at = text.indexOf("&#", m.end());
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static String withoutCodePoints(String text) {
    int first = firstForbidden(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (!isForbidden(cp)) {
        out.append(text, i, i + width);
      }
      i += width;
    }
    return out.toString();
  }

  /**
   * Where the first forbidden code point starts, or -1; printable ASCII is checked first. Every
   * page passes through here, and most are UTF-16 strings (any curly quote makes one), so the scan
   * runs over one copy of the characters: indexing a {@code char[]} costs far less than {@code
   * charAt}.
   */
  private static int firstForbidden(String text) {
    char[] chars = text.toCharArray();
    int length = chars.length;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= 0x20 && c < 0x7F) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(chars[i + 1])) {
        if (isForbidden(Character.toCodePoint(c, chars[i + 1]))) {
          return i;
        }
        i++;
      } else if (isForbidden(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a code point may not appear in HTML or XML output (a lone surrogate is one too). */
  static boolean isForbidden(int cp) {
    if (cp < 0x20) {
      return cp != '\t' && cp != '\n' && cp != '\r';
    }
    return (cp >= 0x7F && cp <= 0x9F)
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE;
  }
}
