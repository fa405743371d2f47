package gloss.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The live-reload script and the tag that loads it. The tag is added to HTML pages only as they are
 * served, never to what {@code gloss build} writes, and it loads an external script: the theme's
 * Content-Security-Policy allows {@code script-src 'self'} but no inline script.
 */
final class ReloadScript {
  /** Where the server answers its own requests, under the base path. */
  static final String PREFIX = "__gloss/";

  private ReloadScript() {}

  /** {@code <script src="/digest/__gloss/livereload.js" defer></script>} for a base path. */
  static String tag(String basePath) {
    return "<script src=\"" + basePath + PREFIX + "livereload.js\" defer></script>";
  }

  /** The script's source, from the jar. */
  static byte[] source() {
    try (InputStream in = ReloadScript.class.getResourceAsStream("livereload.js")) {
      if (in == null) {
        throw new IllegalStateException("livereload.js is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where the tag goes in a page: just before its last {@code </body>} (in any letter case), or at
   * the end when it has none. Found in the bytes: in UTF-8 an ASCII byte is always that character.
   */
  static int position(byte[] html) {
    byte[] needle = "</body>".getBytes(StandardCharsets.US_ASCII);
    for (int i = html.length - needle.length; i >= 0; i--) {
      if (matchesIgnoringCase(html, i, needle)) {
        return i;
      }
    }
    return html.length;
  }

  private static boolean matchesIgnoringCase(byte[] html, int at, byte[] needle) {
    for (int j = 0; j < needle.length; j++) {
      int b = html[at + j];
      if (b >= 'A' && b <= 'Z') {
        b += 'a' - 'A';
      }
      if (b != needle[j]) {
        return false;
      }
    }
    return true;
  }
}
