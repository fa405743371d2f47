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
   * The page with the tag inserted just before its last {@code </body>} (in any letter case), or at
   * the end when it has none.
   */
  static byte[] inject(byte[] html, String tag) {
    String text = new String(html, StandardCharsets.UTF_8);
    int at = lastIndexOfIgnoreCase(text, "</body>");
    String result =
        at < 0 ? text + tag + "\n" : text.substring(0, at) + tag + "\n" + text.substring(at);
    return result.getBytes(StandardCharsets.UTF_8);
  }

  private static int lastIndexOfIgnoreCase(String text, String needle) {
    for (int i = text.length() - needle.length(); i >= 0; i--) {
      if (text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }
}
