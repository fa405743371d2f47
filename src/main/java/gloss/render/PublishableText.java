package gloss.render;

import java.util.Arrays;

/**
 * Writes text as the UTF-8 of a published file, without the code points that make a page invalid:
 * XML 1.0 forbids C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF and
 * lone surrogates; HTML also counts DEL, the C1 controls and every noncharacter as parse errors
 * (the Nu checker reports them). Front matter refuses control characters with a position, but
 * Markdown bodies and themes may still hold them (and Jsoup writes them as character references,
 * such as {@code &#x7;}, which are dropped as well), so every rendered file passes through here
 * once, as it is encoded.
 *
 * <p>One pass over the characters does both, straight from the template writer's array: no page is
 * held as a string, a copy of its characters and its bytes at once, and the scan reads an array
 * rather than calling {@code String.charAt} (far slower in the quick JIT tier builds run with).
 */
final class PublishableText {
  private PublishableText() {}

  /** {@code text} as UTF-8, without forbidden code points or references to them. */
  static byte[] utf8(String text) {
    return utf8(text.toCharArray(), text.length());
  }

  /** The first {@code length} characters of {@code chars} as {@link #utf8(String)} writes them. */
  static byte[] utf8(char[] chars, int length) {
    // A page is mostly ASCII, one byte a character: room for a quarter more, grown only where a
    // character takes more bytes (rather than three bytes a character, the most, up front).
    byte[] out = new byte[length + (length >> 2) + 16];
    int o = 0;
    // Where "&#" starts in the output: a reference to check once the text is written (checked
    // there, not in the input, so that one made by dropping a code point goes too).
    int[] references = new int[64];
    int referenceCount = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        if (c >= 0x20 ? c == 0x7F : c != '\t' && c != '\n' && c != '\r') {
          continue;
        }
        if (c == '#' && o > 0 && out[o - 1] == '&') {
          if (referenceCount == references.length) {
            references = Arrays.copyOf(references, referenceCount * 2);
          }
          references[referenceCount++] = o - 1;
        }
        out[o++] = (byte) c;
        continue;
      }
      // Up to four bytes here, and at least one for each character after it.
      if (o + 4 + (length - i) > out.length) {
        out = Arrays.copyOf(out, out.length * 2 + 4);
      }
      if (c < 0x800) {
        if (c > 0x9F) {
          out[o++] = (byte) (0xC0 | c >> 6);
          out[o++] = (byte) (0x80 | c & 0x3F);
        }
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          if (!isForbidden(cp)) {
            out[o++] = (byte) (0xF0 | cp >> 18);
            out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[o++] = (byte) (0x80 | cp & 0x3F);
          }
        }
      } else if (!isForbidden(c)) {
        out[o++] = (byte) (0xE0 | c >> 12);
        out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[o++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return withoutForbiddenReferences(out, o, references, referenceCount);
  }

  /**
   * The first {@code length} bytes without the numeric character references to forbidden code
   * points ({@code &#7;}, {@code &#xFFFE;}) among those starting at {@code starts}: as invalid as
   * the points. Every page has references ({@code &#39;} for each apostrophe), so the bytes are
   * copied again only when one of them must go.
   */
  private static byte[] withoutForbiddenReferences(
      byte[] bytes, int length, int[] starts, int count) {
    byte[] out = null;
    int o = 0;
    int copied = 0;
    for (int k = 0; k < count; k++) {
      int start = starts[k];
      int end = forbiddenReferenceEnd(bytes, start + 2, length);
      if (end < 0) {
        continue;
      }
      if (out == null) {
        out = new byte[length];
      }
      System.arraycopy(bytes, copied, out, o, start - copied);
      o += start - copied;
      copied = end;
    }
    if (out == null) {
      return Arrays.copyOf(bytes, length);
    }
    System.arraycopy(bytes, copied, out, o, length - copied);
    return Arrays.copyOf(out, o + length - copied);
  }

  /**
   * Where the reference whose digits start at {@code at} ends, just after its {@code ;}, when it is
   * one to a forbidden code point ({@code x} and one to eight hexadecimal digits, or one to ten
   * decimal digits); -1 otherwise.
   */
  private static int forbiddenReferenceEnd(byte[] bytes, int at, int length) {
    boolean hex = at < length && (bytes[at] == 'x' || bytes[at] == 'X');
    int i = hex ? at + 1 : at;
    int most = hex ? 8 : 10;
    long cp = 0;
    int digits = 0;
    while (i < length && digits < most) {
      int d = Character.digit(bytes[i], hex ? 16 : 10);
      if (d < 0) {
        break;
      }
      cp = cp * (hex ? 16 : 10) + d;
      digits++;
      i++;
    }
    if (digits == 0 || i >= length || bytes[i] != ';') {
      return -1;
    }
    boolean forbidden = cp == 0 || cp > Character.MAX_CODE_POINT || isForbidden((int) cp);
    return forbidden ? i + 1 : -1;
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
