package gloss.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the path of a request, as sent (percent-encoded), into a path inside the site, or refuses
 * it. Anything that could name a file outside the site is refused rather than normalized: dot
 * segments ({@code /../}, {@code %2e%2e}), encoded or back slashes, empty segments ({@code
 * //etc/passwd}), percent signs left after decoding (double encoding), control characters and
 * malformed UTF-8. The site lives in memory, so nothing could be read outside it anyway; refusing
 * keeps the answers the same as GitHub Pages' (404).
 */
final class RequestPath {
  private RequestPath() {}

  /**
   * The decoded path, starting with {@code /}, or empty when the request must get a 404.
   *
   * @param raw the path as sent, without the query
   */
  static Optional<String> decode(String raw) {
    if (raw == null || !raw.startsWith("/") || raw.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
      return Optional.empty();
    }
    Optional<String> decoded = percentDecode(raw);
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String path = decoded.get();
    if (path.indexOf('%') >= 0 || path.indexOf('\\') >= 0 || path.indexOf(';') >= 0) {
      return Optional.empty();
    }
    for (int i = 0; i < path.length(); i++) {
      if (Character.isISOControl(path.charAt(i))) {
        return Optional.empty();
      }
    }
    String[] segments = path.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals(".") || s.equals("..") || (s.isEmpty() && !last)) {
        return Optional.empty();
      }
    }
    return Optional.of(path);
  }

  private static Optional<String> percentDecode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
